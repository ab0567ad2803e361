ALTER TABLE "bookings" ADD COLUMN "statistics_projected" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "submission_type" text;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "ident_searched" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "ident_match" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "program_withheld" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "iaq_sent" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "determination" text;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "subject_level" text;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "held_at_sib" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "detainer" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "ice_custody" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "removal_proceedings" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "response_to_sib_ms" bigint;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "response_to_lea_ms" bigint;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "charge_minor" boolean DEFAULT false NOT NULL;