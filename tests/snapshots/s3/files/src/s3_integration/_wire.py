"""Every wire model of the S3 API in one namespace (generated; do not edit).

The models live in ``types/`` (one module per resource, plus ``types/shared.py``);
the client's modules refer to them through this one, and code written against 0.1's
``_wire`` keeps working. Import from ``s3_integration.types`` in your own code.
"""

__all__: list[str] = []
