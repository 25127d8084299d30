import { Module } from '@nestjs/common';
import { RegisterBindingsModule } from '../register-bindings.module.js';
import { PublicStatusController } from './public-status.controller.js';

@Module({
  imports: [RegisterBindingsModule],
  controllers: [PublicStatusController],
})
export class PublicStatusModule {}
