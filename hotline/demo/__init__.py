"""Realistic demo data (a tool, like the bench): `hotline demo --calls N`.

It writes in bulk for speed, but takes the workflow and SLA rules from
`hotline.domain`, so the demo never disagrees with what the services do."""

from .generator import DemoResult, default_months, generate  # noqa: F401
