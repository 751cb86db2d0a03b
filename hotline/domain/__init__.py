"""Rules without a database: errors with codes, workflow transitions and the updates
they make, SLA clock arithmetic, masking. Used by the services and the demo alike;
imports neither peewee models nor Qt."""
