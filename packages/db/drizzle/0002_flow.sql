CREATE TABLE "bookings" (
	"id" text PRIMARY KEY NOT NULL,
	"ori" text NOT NULL,
	"state" text NOT NULL,
	"field_office" text,
	"template_id" text NOT NULL,
	"status" text NOT NULL,
	"booked_at" timestamp (3) with time zone NOT NULL,
	"last_at" timestamp (3) with time zone NOT NULL,
	"reached" jsonb NOT NULL,
	"version" integer NOT NULL,
	"snapshot" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "flow_messages" (
	"tcn" text PRIMARY KEY NOT NULL,
	"booking_id" text NOT NULL,
	"seq" integer NOT NULL,
	"type" text NOT NULL,
	"sender" text NOT NULL,
	"sender_kind" text NOT NULL,
	"receiver" text NOT NULL,
	"receiver_kind" text NOT NULL,
	"sent_at" timestamp (3) with time zone NOT NULL,
	"received_at" timestamp (3) with time zone NOT NULL,
	"message" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "iafis_prints" (
	"template_id" text PRIMARY KEY NOT NULL,
	"fbi_number" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "iafis_records" (
	"fbi_number" text PRIMARY KEY NOT NULL,
	"convictions" jsonb NOT NULL,
	"subject" text
);
--> statement-breakpoint
CREATE TABLE "ice_cases" (
	"booking_id" text PRIMARY KEY NOT NULL,
	"field_office" text,
	"state" text NOT NULL,
	"ori" text NOT NULL,
	"outcome" text NOT NULL,
	"category" text NOT NULL,
	"rank" integer NOT NULL,
	"conviction_level" integer,
	"charge_level" integer,
	"determined_at" timestamp (3) with time zone NOT NULL,
	"detainer_at" timestamp (3) with time zone,
	"local_custody_ended_at" timestamp (3) with time zone,
	"custody_at" timestamp (3) with time zone,
	"removal_proceedings_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "ident_encounters" (
	"encounter_id" text PRIMARY KEY NOT NULL,
	"template_id" text NOT NULL,
	"encountered_at" timestamp (3) with time zone NOT NULL,
	"kind" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sib_files" (
	"state" text NOT NULL,
	"template_id" text NOT NULL,
	"fbi_number" text NOT NULL,
	CONSTRAINT "sib_files_state_template_id_pk" PRIMARY KEY("state","template_id")
);
--> statement-breakpoint
CREATE INDEX "bookings_state_status" ON "bookings" USING btree ("state","status");--> statement-breakpoint
CREATE INDEX "bookings_ori_booked_at" ON "bookings" USING btree ("ori","booked_at");--> statement-breakpoint
CREATE INDEX "bookings_status" ON "bookings" USING btree ("status");--> statement-breakpoint
CREATE INDEX "bookings_booked_at" ON "bookings" USING btree ("booked_at");--> statement-breakpoint
CREATE INDEX "flow_messages_booking" ON "flow_messages" USING btree ("booking_id","seq");--> statement-breakpoint
CREATE INDEX "flow_messages_receiver" ON "flow_messages" USING btree ("receiver","received_at");--> statement-breakpoint
CREATE INDEX "iafis_prints_fbi" ON "iafis_prints" USING btree ("fbi_number");--> statement-breakpoint
CREATE INDEX "ice_cases_office_rank" ON "ice_cases" USING btree ("field_office","rank","determined_at");--> statement-breakpoint
CREATE INDEX "ident_encounters_template" ON "ident_encounters" USING btree ("template_id");