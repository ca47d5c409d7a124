"""The S3 API's resources, one module each (generated; do not edit).

``client.<resource>.<verb>(...)``; each class has an ``Async`` twin and a
``WithRawResponse`` view (``client.<resource>.with_raw_response.<verb>(...)``).
"""

__all__ = []
