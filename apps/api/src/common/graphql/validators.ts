import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsOptional, IsString, MaxLength } from 'class-validator';

/** An optional list of short texts (skills, occupations, industries): at most `maxItems`, each at most `maxLength`. */
export const OptionalTextList = (maxItems: number, maxLength?: number) =>
  applyDecorators(
    Field(() => [String], { nullable: true }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(maxItems),
    IsString({ each: true }),
    ...(maxLength ? [MaxLength(maxLength, { each: true })] : []),
  );
