CREATE TABLE "simulation_progress" (
	"run_key" text NOT NULL,
	"state" text NOT NULL,
	"next_index" integer NOT NULL,
	CONSTRAINT "simulation_progress_run_key_state_pk" PRIMARY KEY("run_key","state")
);
--> statement-breakpoint
CREATE TABLE "simulation_runs" (
	"run_key" text PRIMARY KEY NOT NULL,
	"parameters" jsonb NOT NULL,
	"started_at" timestamp (3) with time zone NOT NULL
);
