ALTER TYPE "public"."declaration_outcome" ADD VALUE 'approved';--> statement-breakpoint
ALTER TYPE "public"."declaration_outcome" ADD VALUE 'declined';