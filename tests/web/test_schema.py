"""The published OpenAPI schema against the app (schemathesis): no server error, answers that match the schema.

Bounded: ``EXAMPLES`` generated requests per read operation on the example
database, derandomized so a run is repeatable. Write operations are covered
by the hand-written tests (they queue NLP work). The operations are driven
from hypothesis directly rather than through schemathesis' pytest plugin.
"""

from __future__ import annotations

import warnings

import pytest
from hypothesis import HealthCheck, given, settings

schemathesis = pytest.importorskip("schemathesis")

from readout.web.app import WebConfig, create_app  # noqa: E402

EXAMPLES = 12


@pytest.fixture(scope="module")
def operations(web_db):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        schema = schemathesis.openapi.from_asgi("/api/1/openapi.json", create_app(WebConfig(db=web_db)))
    found = [result.ok() for result in schema.include(method="GET").get_all_operations()]
    assert len(found) >= 15
    return found


def test_read_api_conforms_to_its_schema(operations):
    failures = []
    for operation in operations:
        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True, database=None)
        def check(case):
            case.call_and_validate()

        try:
            check()
        except (Exception, BaseExceptionGroup) as exc:  # noqa: BLE001 - every operation is tried; all failures are reported together
            failures.append(f"{operation.method.upper()} {operation.path}: {str(exc)[:1500]}")
    assert failures == []
