DROP INDEX "bookings_status";--> statement-breakpoint
CREATE INDEX "bookings_status_last_at" ON "bookings" USING btree ("status","last_at","id");--> statement-breakpoint
CREATE INDEX "ice_cases_office_queue" ON "ice_cases" USING btree ("field_office",("removal_proceedings_at" is not null),"rank",least("conviction_level", "charge_level"),"determined_at","booking_id");