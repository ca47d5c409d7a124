"""Models of the Stripe API used by ``client.customers`` only (generated; do not edit).

One msgspec Struct per object schema; fields whose JSON name is not a valid Python
identifier are renamed with ``msgspec.field(name=...)``.
"""

from __future__ import annotations

from .._runtime.models import WireModel
from .shared import (
    Customer,
)

__all__ = [
    "DeletedCustomer",
    "GetCustomersResponse",
    "PostCustomersBody",
    "PostCustomersBodyAddress",
    "PostCustomersBodyCashBalance",
    "PostCustomersBodyCashBalanceSettings",
    "PostCustomersBodyInvoiceSettings",
    "PostCustomersBodyInvoiceSettingsCustomFieldsItem",
    "PostCustomersBodyInvoiceSettingsRenderingOptions",
    "PostCustomersBodyShipping",
    "PostCustomersBodyShippingAddress",
    "PostCustomersBodyTax",
    "PostCustomersBodyTaxIdDataItem",
    "PostCustomersCustomerBody",
    "PostCustomersCustomerBodyAddress",
    "PostCustomersCustomerBodyBankAccount",
    "PostCustomersCustomerBodyCard",
    "PostCustomersCustomerBodyCashBalance",
    "PostCustomersCustomerBodyCashBalanceSettings",
    "PostCustomersCustomerBodyInvoiceSettings",
    "PostCustomersCustomerBodyInvoiceSettingsCustomFieldsItem",
    "PostCustomersCustomerBodyInvoiceSettingsRenderingOptions",
    "PostCustomersCustomerBodyShipping",
    "PostCustomersCustomerBodyShippingAddress",
    "PostCustomersCustomerBodyTax",
]


class GetCustomersResponse(WireModel, kw_only=True):
    """CustomerResourceCustomerList"""

    data: list[Customer]
    has_more: bool
    object: str
    url: str


class PostCustomersBody(WireModel, kw_only=True):
    address: PostCustomersBodyAddress | str | None = None
    balance: int | None = None
    cash_balance: PostCustomersBodyCashBalance | None = None
    coupon: str | None = None
    description: str | None = None
    email: str | None = None
    expand: list[str] | None = None
    invoice_prefix: str | None = None
    invoice_settings: PostCustomersBodyInvoiceSettings | None = None
    metadata: dict[str, str] | str | None = None
    name: str | None = None
    next_invoice_sequence: int | None = None
    payment_method: str | None = None
    phone: str | None = None
    preferred_locales: list[str] | None = None
    promotion_code: str | None = None
    shipping: PostCustomersBodyShipping | str | None = None
    source: str | None = None
    tax: PostCustomersBodyTax | None = None
    tax_exempt: str | None = None
    tax_id_data: list[PostCustomersBodyTaxIdDataItem] | None = None
    test_clock: str | None = None


class PostCustomersBodyAddress(WireModel, kw_only=True):
    """optional_fields_address"""

    city: str | None = None
    country: str | None = None
    line1: str | None = None
    line2: str | None = None
    postal_code: str | None = None
    state: str | None = None


class PostCustomersBodyCashBalance(WireModel, kw_only=True):
    """Balance information and default balance settings for this customer."""

    settings: PostCustomersBodyCashBalanceSettings | None = None


class PostCustomersBodyCashBalanceSettings(WireModel, kw_only=True):
    """balance_settings_param"""

    reconciliation_mode: str | None = None


class PostCustomersBodyInvoiceSettings(WireModel, kw_only=True):
    """Default invoice settings for this customer."""

    custom_fields: list[PostCustomersBodyInvoiceSettingsCustomFieldsItem] | str | None = None
    default_payment_method: str | None = None
    footer: str | None = None
    rendering_options: PostCustomersBodyInvoiceSettingsRenderingOptions | str | None = None


class PostCustomersBodyInvoiceSettingsCustomFieldsItem(WireModel, kw_only=True):
    """custom_field_params"""

    name: str
    value: str


class PostCustomersBodyInvoiceSettingsRenderingOptions(WireModel, kw_only=True):
    """customer_rendering_options_param"""

    amount_tax_display: str | None = None


class PostCustomersBodyShipping(WireModel, kw_only=True):
    """customer_shipping"""

    address: PostCustomersBodyShippingAddress
    name: str
    phone: str | None = None


class PostCustomersBodyShippingAddress(WireModel, kw_only=True):
    """optional_fields_address"""

    city: str | None = None
    country: str | None = None
    line1: str | None = None
    line2: str | None = None
    postal_code: str | None = None
    state: str | None = None


class PostCustomersBodyTax(WireModel, kw_only=True):
    """Tax details about the customer."""

    ip_address: str | None = None
    validate_location: str | None = None


class PostCustomersBodyTaxIdDataItem(WireModel, kw_only=True):
    """data_params"""

    type: str
    value: str


class PostCustomersCustomerBody(WireModel, kw_only=True):
    address: PostCustomersCustomerBodyAddress | str | None = None
    balance: int | None = None
    bank_account: PostCustomersCustomerBodyBankAccount | str | None = None
    card: PostCustomersCustomerBodyCard | str | None = None
    cash_balance: PostCustomersCustomerBodyCashBalance | None = None
    coupon: str | None = None
    default_alipay_account: str | None = None
    default_bank_account: str | None = None
    default_card: str | None = None
    default_source: str | None = None
    description: str | None = None
    email: str | None = None
    expand: list[str] | None = None
    invoice_prefix: str | None = None
    invoice_settings: PostCustomersCustomerBodyInvoiceSettings | None = None
    metadata: dict[str, str] | str | None = None
    name: str | None = None
    next_invoice_sequence: int | None = None
    phone: str | None = None
    preferred_locales: list[str] | None = None
    promotion_code: str | None = None
    shipping: PostCustomersCustomerBodyShipping | str | None = None
    source: str | None = None
    tax: PostCustomersCustomerBodyTax | None = None
    tax_exempt: str | None = None


class PostCustomersCustomerBodyAddress(WireModel, kw_only=True):
    """optional_fields_address"""

    city: str | None = None
    country: str | None = None
    line1: str | None = None
    line2: str | None = None
    postal_code: str | None = None
    state: str | None = None


class PostCustomersCustomerBodyBankAccount(WireModel, kw_only=True):
    """customer_payment_source_bank_account"""

    account_holder_name: str | None = None
    account_holder_type: str | None = None
    account_number: str
    country: str
    currency: str | None = None
    object: str | None = None
    routing_number: str | None = None


class PostCustomersCustomerBodyCard(WireModel, kw_only=True):
    """customer_payment_source_card"""

    address_city: str | None = None
    address_country: str | None = None
    address_line1: str | None = None
    address_line2: str | None = None
    address_state: str | None = None
    address_zip: str | None = None
    cvc: str | None = None
    exp_month: int
    exp_year: int
    metadata: dict[str, str] | None = None
    name: str | None = None
    number: str
    object: str | None = None


class PostCustomersCustomerBodyCashBalance(WireModel, kw_only=True):
    """Balance information and default balance settings for this customer."""

    settings: PostCustomersCustomerBodyCashBalanceSettings | None = None


class PostCustomersCustomerBodyCashBalanceSettings(WireModel, kw_only=True):
    """balance_settings_param"""

    reconciliation_mode: str | None = None


class PostCustomersCustomerBodyInvoiceSettings(WireModel, kw_only=True):
    """Default invoice settings for this customer."""

    custom_fields: list[PostCustomersCustomerBodyInvoiceSettingsCustomFieldsItem] | str | None = (
        None
    )
    default_payment_method: str | None = None
    footer: str | None = None
    rendering_options: PostCustomersCustomerBodyInvoiceSettingsRenderingOptions | str | None = None


class PostCustomersCustomerBodyInvoiceSettingsCustomFieldsItem(WireModel, kw_only=True):
    """custom_field_params"""

    name: str
    value: str


class PostCustomersCustomerBodyInvoiceSettingsRenderingOptions(WireModel, kw_only=True):
    """customer_rendering_options_param"""

    amount_tax_display: str | None = None


class PostCustomersCustomerBodyShipping(WireModel, kw_only=True):
    """customer_shipping"""

    address: PostCustomersCustomerBodyShippingAddress
    name: str
    phone: str | None = None


class PostCustomersCustomerBodyShippingAddress(WireModel, kw_only=True):
    """optional_fields_address"""

    city: str | None = None
    country: str | None = None
    line1: str | None = None
    line2: str | None = None
    postal_code: str | None = None
    state: str | None = None


class PostCustomersCustomerBodyTax(WireModel, kw_only=True):
    """Tax details about the customer."""

    ip_address: str | None = None
    validate_location: str | None = None


class DeletedCustomer(WireModel, kw_only=True):
    """DeletedCustomer"""

    deleted: bool
    id: str
    object: str
