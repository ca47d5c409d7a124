"""The Shopify API's resources, one module each (generated; do not edit).

``client.<resource>.<verb>(...)``; each class has an ``Async`` twin and a
``WithRawResponse`` view (``client.<resource>.with_raw_response.<verb>(...)``).
"""

from .orders import (
    AsyncOrders,
    AsyncOrdersWithRawResponse,
    Orders,
    OrdersWithRawResponse,
)
from .products import (
    AsyncProducts,
    AsyncProductsWithRawResponse,
    Products,
    ProductsWithRawResponse,
)

__all__ = [
    "AsyncOrders",
    "AsyncOrdersWithRawResponse",
    "AsyncProducts",
    "AsyncProductsWithRawResponse",
    "Orders",
    "OrdersWithRawResponse",
    "Products",
    "ProductsWithRawResponse",
]
