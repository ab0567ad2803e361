-- The synthetic subjects an LEA books by name (the web and terminal desks), and
-- the indexes a SIB's and a field office's newest-first booking lists read.
CREATE TABLE "subjects" (
	"template_id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"note" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "bookings_state_booked_at" ON "bookings" USING btree ("state","booked_at");--> statement-breakpoint
CREATE INDEX "bookings_field_office_booked_at" ON "bookings" USING btree ("field_office","booked_at");