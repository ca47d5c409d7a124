"""Models of the Stripe API used by ``client.payment_intents`` only (generated; do not edit).

One msgspec Struct per object schema; fields whose JSON name is not a valid Python
identifier are renamed with ``msgspec.field(name=...)``.
"""

from __future__ import annotations

from typing import Any

from .._runtime.models import WireModel
from .shared import (
    PaymentIntent,
)

__all__ = [
    "GetPaymentIntentsResponse",
    "PostPaymentIntentsBody",
    "PostPaymentIntentsBodyAutomaticPaymentMethods",
    "PostPaymentIntentsBodyMandateData",
    "PostPaymentIntentsBodyMandateDataCustomerAcceptance",
    "PostPaymentIntentsBodyMandateDataCustomerAcceptanceOnline",
    "PostPaymentIntentsBodyPaymentMethodData",
    "PostPaymentIntentsBodyPaymentMethodDataAcssDebit",
    "PostPaymentIntentsBodyPaymentMethodDataAuBecsDebit",
    "PostPaymentIntentsBodyPaymentMethodDataBacsDebit",
    "PostPaymentIntentsBodyPaymentMethodDataBillingDetails",
    "PostPaymentIntentsBodyPaymentMethodDataBillingDetailsAddress",
    "PostPaymentIntentsBodyPaymentMethodDataBoleto",
    "PostPaymentIntentsBodyPaymentMethodDataEps",
    "PostPaymentIntentsBodyPaymentMethodDataFpx",
    "PostPaymentIntentsBodyPaymentMethodDataIdeal",
    "PostPaymentIntentsBodyPaymentMethodDataKlarna",
    "PostPaymentIntentsBodyPaymentMethodDataKlarnaDob",
    "PostPaymentIntentsBodyPaymentMethodDataP24",
    "PostPaymentIntentsBodyPaymentMethodDataRadarOptions",
    "PostPaymentIntentsBodyPaymentMethodDataSepaDebit",
    "PostPaymentIntentsBodyPaymentMethodDataSofort",
    "PostPaymentIntentsBodyPaymentMethodDataUsBankAccount",
    "PostPaymentIntentsBodyPaymentMethodOptions",
    "PostPaymentIntentsBodyPaymentMethodOptionsAcssDebit",
    "PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitMcdmdokko",
    "PostPaymentIntentsBodyPaymentMethodOptionsAffirm",
    "PostPaymentIntentsBodyPaymentMethodOptionsAfterpayClearpay",
    "PostPaymentIntentsBodyPaymentMethodOptionsAlipay",
    "PostPaymentIntentsBodyPaymentMethodOptionsAmazonPay",
    "PostPaymentIntentsBodyPaymentMethodOptionsAuBecsDebit",
    "PostPaymentIntentsBodyPaymentMethodOptionsBacsDebit",
    "PostPaymentIntentsBodyPaymentMethodOptionsBancontact",
    "PostPaymentIntentsBodyPaymentMethodOptionsBlik",
    "PostPaymentIntentsBodyPaymentMethodOptionsBoleto",
    "PostPaymentIntentsBodyPaymentMethodOptionsCard",
    "PostPaymentIntentsBodyPaymentMethodOptionsCardInstaljpjkpkdp",
    "PostPaymentIntentsBodyPaymentMethodOptionsCardInstallments",
    "PostPaymentIntentsBodyPaymentMethodOptionsCardMandateOptions",
    "PostPaymentIntentsBodyPaymentMethodOptionsCardPresent",
    "PostPaymentIntentsBodyPaymentMethodOptionsCardPresentRouting",
    "PostPaymentIntentsBodyPaymentMethodOptionsCardThreeDSecure",
    "PostPaymentIntentsBodyPaymentMethodOptionsCardThreeDdhkagefd",
    "PostPaymentIntentsBodyPaymentMethodOptionsCardThreeDoioiegda",
    "PostPaymentIntentsBodyPaymentMethodOptionsCashapp",
    "PostPaymentIntentsBodyPaymentMethodOptionsCustomerBafgpjldnm",
    "PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalance",
    "PostPaymentIntentsBodyPaymentMethodOptionsCustomerBaookedlpa",
    "PostPaymentIntentsBodyPaymentMethodOptionsEps",
    "PostPaymentIntentsBodyPaymentMethodOptionsFpx",
    "PostPaymentIntentsBodyPaymentMethodOptionsGiropay",
    "PostPaymentIntentsBodyPaymentMethodOptionsGrabpay",
    "PostPaymentIntentsBodyPaymentMethodOptionsIdeal",
    "PostPaymentIntentsBodyPaymentMethodOptionsKlarna",
    "PostPaymentIntentsBodyPaymentMethodOptionsKonbini",
    "PostPaymentIntentsBodyPaymentMethodOptionsLink",
    "PostPaymentIntentsBodyPaymentMethodOptionsMobilepay",
    "PostPaymentIntentsBodyPaymentMethodOptionsOxxo",
    "PostPaymentIntentsBodyPaymentMethodOptionsP24",
    "PostPaymentIntentsBodyPaymentMethodOptionsPaynow",
    "PostPaymentIntentsBodyPaymentMethodOptionsPaypal",
    "PostPaymentIntentsBodyPaymentMethodOptionsPix",
    "PostPaymentIntentsBodyPaymentMethodOptionsPromptpay",
    "PostPaymentIntentsBodyPaymentMethodOptionsRevolutPay",
    "PostPaymentIntentsBodyPaymentMethodOptionsSepaDebit",
    "PostPaymentIntentsBodyPaymentMethodOptionsSofort",
    "PostPaymentIntentsBodyPaymentMethodOptionsSwish",
    "PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccofplembcl",
    "PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccomfhfefho",
    "PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccommgcdggb",
    "PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccount",
    "PostPaymentIntentsBodyPaymentMethodOptionsWechatPay",
    "PostPaymentIntentsBodyPaymentMethodOptionsZip",
    "PostPaymentIntentsBodyRadarOptions",
    "PostPaymentIntentsBodyShipping",
    "PostPaymentIntentsBodyShippingAddress",
    "PostPaymentIntentsBodyTransferData",
    "PostPaymentIntentsIntentCancelBody",
    "PostPaymentIntentsIntentConfirmBody",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodData",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodDataBoleto",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodDataEps",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodDataFpx",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodDataIdeal",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodDataKlarna",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodDataP24",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodDataSofort",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodDataanjibpbo",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodDatabngephjk",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodDatadfpcpbfi",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodDatafgnnkmkk",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodDatafpheohek",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodDatajkplpijj",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodDatakfkpepcc",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodDatakkpmpndd",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodDatamfhkieji",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOptiabdnkdgb",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOptiackialck",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOptiakhejdkh",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOptialmmcjea",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOptibmfnoglh",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOpticbajdnia",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOpticdagnpgm",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOpticedalofn",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOpticoffhhjh",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOptidbocgfai",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOptidednfdec",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOptidfmdpidh",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOptidknibcoo",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOptidoahefin",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOptiehipogbj",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOptiejmpifoi",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOptielldlhei",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOptiffggcbgg",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOptihnnlidpn",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOptihpemnepb",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOptihpgkbknm",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOptijoebfkkj",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOptikiakaknh",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOptikiggfkam",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOptikjjhlfpj",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOptikmgfadbd",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOptikpailcan",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOptiljillpda",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOptilpjbojpn",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOptimconoglj",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOptimmobemnp",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOptimphmelpn",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOptimpiejbkm",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOptiolhhinfe",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOptions",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsBlik",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsCard",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsEps",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsFpx",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsIdeal",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsLink",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsOxxo",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsP24",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsPix",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsSwish",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsZip",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOptiopckojje",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOptipakeajgh",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOptipmiaiafg",
    "PostPaymentIntentsIntentConfirmBodyPaymentMethodOptippiileof",
    "PostPaymentIntentsIntentConfirmBodyRadarOptions",
    "PostPaymentIntentsIntentConfirmBodyShipping",
    "PostPaymentIntentsIntentConfirmBodyShippingAddress",
]


class GetPaymentIntentsResponse(WireModel, kw_only=True):
    """PaymentFlowsPaymentIntentList"""

    data: list[PaymentIntent]
    has_more: bool
    object: str
    url: str


class PostPaymentIntentsBody(WireModel, kw_only=True):
    amount: int
    application_fee_amount: int | None = None
    automatic_payment_methods: PostPaymentIntentsBodyAutomaticPaymentMethods | None = None
    capture_method: str | None = None
    confirm: bool | None = None
    confirmation_method: str | None = None
    confirmation_token: str | None = None
    currency: str
    customer: str | None = None
    description: str | None = None
    error_on_requires_action: bool | None = None
    expand: list[str] | None = None
    mandate: str | None = None
    mandate_data: PostPaymentIntentsBodyMandateData | str | None = None
    metadata: dict[str, str] | None = None
    off_session: bool | str | None = None
    on_behalf_of: str | None = None
    payment_method: str | None = None
    payment_method_configuration: str | None = None
    payment_method_data: PostPaymentIntentsBodyPaymentMethodData | None = None
    payment_method_options: PostPaymentIntentsBodyPaymentMethodOptions | None = None
    payment_method_types: list[str] | None = None
    radar_options: PostPaymentIntentsBodyRadarOptions | None = None
    receipt_email: str | None = None
    return_url: str | None = None
    setup_future_usage: str | None = None
    shipping: PostPaymentIntentsBodyShipping | None = None
    statement_descriptor: str | None = None
    statement_descriptor_suffix: str | None = None
    transfer_data: PostPaymentIntentsBodyTransferData | None = None
    transfer_group: str | None = None
    use_stripe_sdk: bool | None = None


class PostPaymentIntentsBodyAutomaticPaymentMethods(WireModel, kw_only=True):
    """When you enable this parameter, this PaymentIntent accepts payment methods that you enable in
    the Dashboard and that are compatible with this PaymentIntent's other parameters.
    """

    allow_redirects: str | None = None
    enabled: bool


class PostPaymentIntentsBodyMandateData(WireModel, kw_only=True):
    """secret_key_param"""

    customer_acceptance: PostPaymentIntentsBodyMandateDataCustomerAcceptance


class PostPaymentIntentsBodyMandateDataCustomerAcceptance(WireModel, kw_only=True):
    """customer_acceptance_param"""

    accepted_at: int | None = None
    offline: dict[str, Any] | None = None
    online: PostPaymentIntentsBodyMandateDataCustomerAcceptanceOnline | None = None
    type: str


class PostPaymentIntentsBodyMandateDataCustomerAcceptanceOnline(WireModel, kw_only=True):
    """online_param"""

    ip_address: str
    user_agent: str


class PostPaymentIntentsBodyPaymentMethodData(WireModel, kw_only=True):
    """If provided, this hash will be used to create a PaymentMethod. The new PaymentMethod will
    appear
    in the
    [payment_method](https://stripe.com/docs/api/payment_intents/object#payment_intent_object-payment_method)
    property on the PaymentIntent.
    """

    acss_debit: PostPaymentIntentsBodyPaymentMethodDataAcssDebit | None = None
    affirm: dict[str, Any] | None = None
    afterpay_clearpay: dict[str, Any] | None = None
    alipay: dict[str, Any] | None = None
    allow_redisplay: str | None = None
    amazon_pay: dict[str, Any] | None = None
    au_becs_debit: PostPaymentIntentsBodyPaymentMethodDataAuBecsDebit | None = None
    bacs_debit: PostPaymentIntentsBodyPaymentMethodDataBacsDebit | None = None
    bancontact: dict[str, Any] | None = None
    billing_details: PostPaymentIntentsBodyPaymentMethodDataBillingDetails | None = None
    blik: dict[str, Any] | None = None
    boleto: PostPaymentIntentsBodyPaymentMethodDataBoleto | None = None
    cashapp: dict[str, Any] | None = None
    customer_balance: dict[str, Any] | None = None
    eps: PostPaymentIntentsBodyPaymentMethodDataEps | None = None
    fpx: PostPaymentIntentsBodyPaymentMethodDataFpx | None = None
    giropay: dict[str, Any] | None = None
    grabpay: dict[str, Any] | None = None
    ideal: PostPaymentIntentsBodyPaymentMethodDataIdeal | None = None
    interac_present: dict[str, Any] | None = None
    klarna: PostPaymentIntentsBodyPaymentMethodDataKlarna | None = None
    konbini: dict[str, Any] | None = None
    link: dict[str, Any] | None = None
    metadata: dict[str, str] | None = None
    mobilepay: dict[str, Any] | None = None
    oxxo: dict[str, Any] | None = None
    p24: PostPaymentIntentsBodyPaymentMethodDataP24 | None = None
    paynow: dict[str, Any] | None = None
    paypal: dict[str, Any] | None = None
    pix: dict[str, Any] | None = None
    promptpay: dict[str, Any] | None = None
    radar_options: PostPaymentIntentsBodyPaymentMethodDataRadarOptions | None = None
    revolut_pay: dict[str, Any] | None = None
    sepa_debit: PostPaymentIntentsBodyPaymentMethodDataSepaDebit | None = None
    sofort: PostPaymentIntentsBodyPaymentMethodDataSofort | None = None
    swish: dict[str, Any] | None = None
    type: str
    us_bank_account: PostPaymentIntentsBodyPaymentMethodDataUsBankAccount | None = None
    wechat_pay: dict[str, Any] | None = None
    zip: dict[str, Any] | None = None


class PostPaymentIntentsBodyPaymentMethodDataAcssDebit(WireModel, kw_only=True):
    """payment_method_param"""

    account_number: str
    institution_number: str
    transit_number: str


class PostPaymentIntentsBodyPaymentMethodDataAuBecsDebit(WireModel, kw_only=True):
    """param"""

    account_number: str
    bsb_number: str


class PostPaymentIntentsBodyPaymentMethodDataBacsDebit(WireModel, kw_only=True):
    """param"""

    account_number: str | None = None
    sort_code: str | None = None


class PostPaymentIntentsBodyPaymentMethodDataBillingDetails(WireModel, kw_only=True):
    """billing_details_inner_params"""

    address: PostPaymentIntentsBodyPaymentMethodDataBillingDetailsAddress | str | None = None
    email: str | None = None
    name: str | None = None
    phone: str | None = None


class PostPaymentIntentsBodyPaymentMethodDataBillingDetailsAddress(WireModel, kw_only=True):
    """billing_details_address"""

    city: str | None = None
    country: str | None = None
    line1: str | None = None
    line2: str | None = None
    postal_code: str | None = None
    state: str | None = None


class PostPaymentIntentsBodyPaymentMethodDataBoleto(WireModel, kw_only=True):
    """param"""

    tax_id: str


class PostPaymentIntentsBodyPaymentMethodDataEps(WireModel, kw_only=True):
    """param"""

    bank: str | None = None


class PostPaymentIntentsBodyPaymentMethodDataFpx(WireModel, kw_only=True):
    """param"""

    bank: str


class PostPaymentIntentsBodyPaymentMethodDataIdeal(WireModel, kw_only=True):
    """param"""

    bank: str | None = None


class PostPaymentIntentsBodyPaymentMethodDataKlarna(WireModel, kw_only=True):
    """param"""

    dob: PostPaymentIntentsBodyPaymentMethodDataKlarnaDob | None = None


class PostPaymentIntentsBodyPaymentMethodDataKlarnaDob(WireModel, kw_only=True):
    """date_of_birth"""

    day: int
    month: int
    year: int


class PostPaymentIntentsBodyPaymentMethodDataP24(WireModel, kw_only=True):
    """param"""

    bank: str | None = None


class PostPaymentIntentsBodyPaymentMethodDataRadarOptions(WireModel, kw_only=True):
    """radar_options_with_hidden_options"""

    session: str | None = None


class PostPaymentIntentsBodyPaymentMethodDataSepaDebit(WireModel, kw_only=True):
    """param"""

    iban: str


class PostPaymentIntentsBodyPaymentMethodDataSofort(WireModel, kw_only=True):
    """param"""

    country: str


class PostPaymentIntentsBodyPaymentMethodDataUsBankAccount(WireModel, kw_only=True):
    """payment_method_param"""

    account_holder_type: str | None = None
    account_number: str | None = None
    account_type: str | None = None
    financial_connections_account: str | None = None
    routing_number: str | None = None


class PostPaymentIntentsBodyPaymentMethodOptions(WireModel, kw_only=True):
    """Payment method-specific configuration for this PaymentIntent."""

    acss_debit: PostPaymentIntentsBodyPaymentMethodOptionsAcssDebit | str | None = None
    affirm: PostPaymentIntentsBodyPaymentMethodOptionsAffirm | str | None = None
    afterpay_clearpay: PostPaymentIntentsBodyPaymentMethodOptionsAfterpayClearpay | str | None = (
        None
    )
    alipay: PostPaymentIntentsBodyPaymentMethodOptionsAlipay | str | None = None
    amazon_pay: PostPaymentIntentsBodyPaymentMethodOptionsAmazonPay | str | None = None
    au_becs_debit: PostPaymentIntentsBodyPaymentMethodOptionsAuBecsDebit | str | None = None
    bacs_debit: PostPaymentIntentsBodyPaymentMethodOptionsBacsDebit | str | None = None
    bancontact: PostPaymentIntentsBodyPaymentMethodOptionsBancontact | str | None = None
    blik: PostPaymentIntentsBodyPaymentMethodOptionsBlik | str | None = None
    boleto: PostPaymentIntentsBodyPaymentMethodOptionsBoleto | str | None = None
    card: PostPaymentIntentsBodyPaymentMethodOptionsCard | str | None = None
    card_present: PostPaymentIntentsBodyPaymentMethodOptionsCardPresent | str | None = None
    cashapp: PostPaymentIntentsBodyPaymentMethodOptionsCashapp | str | None = None
    customer_balance: PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalance | str | None = None
    eps: PostPaymentIntentsBodyPaymentMethodOptionsEps | str | None = None
    fpx: PostPaymentIntentsBodyPaymentMethodOptionsFpx | str | None = None
    giropay: PostPaymentIntentsBodyPaymentMethodOptionsGiropay | str | None = None
    grabpay: PostPaymentIntentsBodyPaymentMethodOptionsGrabpay | str | None = None
    ideal: PostPaymentIntentsBodyPaymentMethodOptionsIdeal | str | None = None
    interac_present: dict[str, Any] | str | None = None
    klarna: PostPaymentIntentsBodyPaymentMethodOptionsKlarna | str | None = None
    konbini: PostPaymentIntentsBodyPaymentMethodOptionsKonbini | str | None = None
    link: PostPaymentIntentsBodyPaymentMethodOptionsLink | str | None = None
    mobilepay: PostPaymentIntentsBodyPaymentMethodOptionsMobilepay | str | None = None
    oxxo: PostPaymentIntentsBodyPaymentMethodOptionsOxxo | str | None = None
    p24: PostPaymentIntentsBodyPaymentMethodOptionsP24 | str | None = None
    paynow: PostPaymentIntentsBodyPaymentMethodOptionsPaynow | str | None = None
    paypal: PostPaymentIntentsBodyPaymentMethodOptionsPaypal | str | None = None
    pix: PostPaymentIntentsBodyPaymentMethodOptionsPix | str | None = None
    promptpay: PostPaymentIntentsBodyPaymentMethodOptionsPromptpay | str | None = None
    revolut_pay: PostPaymentIntentsBodyPaymentMethodOptionsRevolutPay | str | None = None
    sepa_debit: PostPaymentIntentsBodyPaymentMethodOptionsSepaDebit | str | None = None
    sofort: PostPaymentIntentsBodyPaymentMethodOptionsSofort | str | None = None
    swish: PostPaymentIntentsBodyPaymentMethodOptionsSwish | str | None = None
    us_bank_account: PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccount | str | None = None
    wechat_pay: PostPaymentIntentsBodyPaymentMethodOptionsWechatPay | str | None = None
    zip: PostPaymentIntentsBodyPaymentMethodOptionsZip | str | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsAcssDebit(WireModel, kw_only=True):
    """payment_intent_payment_method_options_param"""

    mandate_options: PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitMcdmdokko | None = None
    setup_future_usage: str | None = None
    verification_method: str | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitMcdmdokko(WireModel, kw_only=True):
    """payment_intent_payment_method_options_mandate_options_param"""

    custom_mandate_url: str | None = None
    interval_description: str | None = None
    payment_schedule: str | None = None
    transaction_type: str | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsAffirm(WireModel, kw_only=True):
    """payment_method_options_param"""

    capture_method: str | None = None
    preferred_locale: str | None = None
    setup_future_usage: str | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsAfterpayClearpay(WireModel, kw_only=True):
    """payment_method_options_param"""

    capture_method: str | None = None
    reference: str | None = None
    setup_future_usage: str | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsAlipay(WireModel, kw_only=True):
    """payment_method_options_param"""

    setup_future_usage: str | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsAmazonPay(WireModel, kw_only=True):
    """payment_method_options_param"""

    capture_method: str | None = None
    setup_future_usage: str | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsAuBecsDebit(WireModel, kw_only=True):
    """payment_intent_payment_method_options_param"""

    setup_future_usage: str | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsBacsDebit(WireModel, kw_only=True):
    """payment_method_options_param"""

    setup_future_usage: str | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsBancontact(WireModel, kw_only=True):
    """payment_method_options_param"""

    preferred_language: str | None = None
    setup_future_usage: str | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsBlik(WireModel, kw_only=True):
    """payment_intent_payment_method_options_param"""

    code: str | None = None
    setup_future_usage: str | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsBoleto(WireModel, kw_only=True):
    """payment_method_options_param"""

    expires_after_days: int | None = None
    setup_future_usage: str | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsCard(WireModel, kw_only=True):
    """payment_intent_param"""

    capture_method: str | None = None
    cvc_token: str | None = None
    installments: PostPaymentIntentsBodyPaymentMethodOptionsCardInstallments | None = None
    mandate_options: PostPaymentIntentsBodyPaymentMethodOptionsCardMandateOptions | None = None
    network: str | None = None
    request_extended_authorization: str | None = None
    request_incremental_authorization: str | None = None
    request_multicapture: str | None = None
    request_overcapture: str | None = None
    request_three_d_secure: str | None = None
    require_cvc_recollection: bool | None = None
    setup_future_usage: str | None = None
    statement_descriptor_suffix_kana: str | None = None
    statement_descriptor_suffix_kanji: str | None = None
    three_d_secure: PostPaymentIntentsBodyPaymentMethodOptionsCardThreeDSecure | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsCardInstallments(WireModel, kw_only=True):
    """installments_param"""

    enabled: bool | None = None
    plan: PostPaymentIntentsBodyPaymentMethodOptionsCardInstaljpjkpkdp | str | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsCardInstaljpjkpkdp(WireModel, kw_only=True):
    """installment_plan"""

    count: int
    interval: str
    type: str


class PostPaymentIntentsBodyPaymentMethodOptionsCardMandateOptions(WireModel, kw_only=True):
    """mandate_options_param"""

    amount: int
    amount_type: str
    description: str | None = None
    end_date: int | None = None
    interval: str
    interval_count: int | None = None
    reference: str
    start_date: int
    supported_types: list[str] | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsCardThreeDSecure(WireModel, kw_only=True):
    """payment_method_options_param"""

    ares_trans_status: str | None = None
    cryptogram: str
    electronic_commerce_indicator: str | None = None
    exemption_indicator: str | None = None
    network_options: PostPaymentIntentsBodyPaymentMethodOptionsCardThreeDoioiegda | None = None
    requestor_challenge_indicator: str | None = None
    transaction_id: str
    version: str


class PostPaymentIntentsBodyPaymentMethodOptionsCardThreeDoioiegda(WireModel, kw_only=True):
    """network_options_param"""

    cartes_bancaires: PostPaymentIntentsBodyPaymentMethodOptionsCardThreeDdhkagefd | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsCardThreeDdhkagefd(WireModel, kw_only=True):
    """cartes_bancaires_network_options_param"""

    cb_avalgo: str
    cb_exemption: str | None = None
    cb_score: int | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsCardPresent(WireModel, kw_only=True):
    """payment_method_options_param"""

    request_extended_authorization: bool | None = None
    request_incremental_authorization_support: bool | None = None
    routing: PostPaymentIntentsBodyPaymentMethodOptionsCardPresentRouting | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsCardPresentRouting(WireModel, kw_only=True):
    """routing_payment_method_options_param"""

    requested_priority: str | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsCashapp(WireModel, kw_only=True):
    """payment_intent_payment_method_options_param"""

    capture_method: str | None = None
    setup_future_usage: str | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalance(WireModel, kw_only=True):
    """payment_intent_payment_method_options_param"""

    bank_transfer: PostPaymentIntentsBodyPaymentMethodOptionsCustomerBafgpjldnm | None = None
    funding_type: str | None = None
    setup_future_usage: str | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsCustomerBafgpjldnm(WireModel, kw_only=True):
    """bank_transfer_param"""

    eu_bank_transfer: PostPaymentIntentsBodyPaymentMethodOptionsCustomerBaookedlpa | None = None
    requested_address_types: list[str] | None = None
    type: str


class PostPaymentIntentsBodyPaymentMethodOptionsCustomerBaookedlpa(WireModel, kw_only=True):
    """eu_bank_transfer_params"""

    country: str


class PostPaymentIntentsBodyPaymentMethodOptionsEps(WireModel, kw_only=True):
    """payment_intent_payment_method_options_param"""

    setup_future_usage: str | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsFpx(WireModel, kw_only=True):
    """payment_method_options_param"""

    setup_future_usage: str | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsGiropay(WireModel, kw_only=True):
    """payment_method_options_param"""

    setup_future_usage: str | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsGrabpay(WireModel, kw_only=True):
    """payment_method_options_param"""

    setup_future_usage: str | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsIdeal(WireModel, kw_only=True):
    """payment_method_options_param"""

    setup_future_usage: str | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsKlarna(WireModel, kw_only=True):
    """payment_method_options_param"""

    capture_method: str | None = None
    preferred_locale: str | None = None
    setup_future_usage: str | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsKonbini(WireModel, kw_only=True):
    """payment_method_options_param"""

    confirmation_number: str | None = None
    expires_after_days: int | str | None = None
    expires_at: int | str | None = None
    product_description: str | None = None
    setup_future_usage: str | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsLink(WireModel, kw_only=True):
    """payment_intent_payment_method_options_param"""

    capture_method: str | None = None
    setup_future_usage: str | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsMobilepay(WireModel, kw_only=True):
    """payment_method_options_param"""

    capture_method: str | None = None
    setup_future_usage: str | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsOxxo(WireModel, kw_only=True):
    """payment_method_options_param"""

    expires_after_days: int | None = None
    setup_future_usage: str | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsP24(WireModel, kw_only=True):
    """payment_method_options_param"""

    setup_future_usage: str | None = None
    tos_shown_and_accepted: bool | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsPaynow(WireModel, kw_only=True):
    """payment_method_options_param"""

    setup_future_usage: str | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsPaypal(WireModel, kw_only=True):
    """payment_method_options_param"""

    capture_method: str | None = None
    preferred_locale: str | None = None
    reference: str | None = None
    risk_correlation_id: str | None = None
    setup_future_usage: str | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsPix(WireModel, kw_only=True):
    """payment_method_options_param"""

    expires_after_seconds: int | None = None
    expires_at: int | None = None
    setup_future_usage: str | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsPromptpay(WireModel, kw_only=True):
    """payment_method_options_param"""

    setup_future_usage: str | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsRevolutPay(WireModel, kw_only=True):
    """payment_method_options_param"""

    capture_method: str | None = None
    setup_future_usage: str | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsSepaDebit(WireModel, kw_only=True):
    """payment_intent_payment_method_options_param"""

    mandate_options: dict[str, Any] | None = None
    setup_future_usage: str | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsSofort(WireModel, kw_only=True):
    """payment_method_options_param"""

    preferred_language: str | None = None
    setup_future_usage: str | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsSwish(WireModel, kw_only=True):
    """payment_intent_payment_method_options_param"""

    reference: str | None = None
    setup_future_usage: str | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccount(WireModel, kw_only=True):
    """payment_intent_payment_method_options_param"""

    financial_connections: PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccomfhfefho | None = (
        None
    )
    mandate_options: PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccommgcdggb | None = None
    networks: PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccofplembcl | None = None
    preferred_settlement_speed: str | None = None
    setup_future_usage: str | None = None
    verification_method: str | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccomfhfefho(WireModel, kw_only=True):
    """linked_account_options_param"""

    permissions: list[str] | None = None
    prefetch: list[str] | None = None
    return_url: str | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccommgcdggb(WireModel, kw_only=True):
    """mandate_options_param"""

    collection_method: str | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccofplembcl(WireModel, kw_only=True):
    """networks_options_param"""

    requested: list[str] | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsWechatPay(WireModel, kw_only=True):
    """payment_method_options_param"""

    app_id: str | None = None
    client: str
    setup_future_usage: str | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsZip(WireModel, kw_only=True):
    """payment_method_options_param"""

    setup_future_usage: str | None = None


class PostPaymentIntentsBodyRadarOptions(WireModel, kw_only=True):
    """Options to configure Radar. Learn more about [Radar
    Sessions](https://stripe.com/docs/radar/radar-session).
    """

    session: str | None = None


class PostPaymentIntentsBodyShipping(WireModel, kw_only=True):
    """Shipping information for this PaymentIntent."""

    address: PostPaymentIntentsBodyShippingAddress
    carrier: str | None = None
    name: str
    phone: str | None = None
    tracking_number: str | None = None


class PostPaymentIntentsBodyShippingAddress(WireModel, kw_only=True):
    """optional_fields_address"""

    city: str | None = None
    country: str | None = None
    line1: str | None = None
    line2: str | None = None
    postal_code: str | None = None
    state: str | None = None


class PostPaymentIntentsBodyTransferData(WireModel, kw_only=True):
    """The parameters that you can use to automatically create a Transfer.
    Learn more about the [use case for connected
    accounts](https://stripe.com/docs/payments/connected-accounts).
    """

    amount: int | None = None
    destination: str


class PostPaymentIntentsIntentCancelBody(WireModel, kw_only=True):
    cancellation_reason: str | None = None
    expand: list[str] | None = None


class PostPaymentIntentsIntentConfirmBody(WireModel, kw_only=True):
    capture_method: str | None = None
    client_secret: str | None = None
    confirmation_token: str | None = None
    error_on_requires_action: bool | None = None
    expand: list[str] | None = None
    mandate: str | None = None
    mandate_data: Any = None
    off_session: bool | str | None = None
    payment_method: str | None = None
    payment_method_data: PostPaymentIntentsIntentConfirmBodyPaymentMethodData | None = None
    payment_method_options: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptions | None = None
    payment_method_types: list[str] | None = None
    radar_options: PostPaymentIntentsIntentConfirmBodyRadarOptions | None = None
    receipt_email: str | None = None
    return_url: str | None = None
    setup_future_usage: str | None = None
    shipping: PostPaymentIntentsIntentConfirmBodyShipping | str | None = None
    use_stripe_sdk: bool | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodData(WireModel, kw_only=True):
    """If provided, this hash will be used to create a PaymentMethod. The new PaymentMethod will
    appear
    in the
    [payment_method](https://stripe.com/docs/api/payment_intents/object#payment_intent_object-payment_method)
    property on the PaymentIntent.
    """

    acss_debit: PostPaymentIntentsIntentConfirmBodyPaymentMethodDatadfpcpbfi | None = None
    affirm: dict[str, Any] | None = None
    afterpay_clearpay: dict[str, Any] | None = None
    alipay: dict[str, Any] | None = None
    allow_redisplay: str | None = None
    amazon_pay: dict[str, Any] | None = None
    au_becs_debit: PostPaymentIntentsIntentConfirmBodyPaymentMethodDatabngephjk | None = None
    bacs_debit: PostPaymentIntentsIntentConfirmBodyPaymentMethodDatamfhkieji | None = None
    bancontact: dict[str, Any] | None = None
    billing_details: PostPaymentIntentsIntentConfirmBodyPaymentMethodDataanjibpbo | None = None
    blik: dict[str, Any] | None = None
    boleto: PostPaymentIntentsIntentConfirmBodyPaymentMethodDataBoleto | None = None
    cashapp: dict[str, Any] | None = None
    customer_balance: dict[str, Any] | None = None
    eps: PostPaymentIntentsIntentConfirmBodyPaymentMethodDataEps | None = None
    fpx: PostPaymentIntentsIntentConfirmBodyPaymentMethodDataFpx | None = None
    giropay: dict[str, Any] | None = None
    grabpay: dict[str, Any] | None = None
    ideal: PostPaymentIntentsIntentConfirmBodyPaymentMethodDataIdeal | None = None
    interac_present: dict[str, Any] | None = None
    klarna: PostPaymentIntentsIntentConfirmBodyPaymentMethodDataKlarna | None = None
    konbini: dict[str, Any] | None = None
    link: dict[str, Any] | None = None
    metadata: dict[str, str] | None = None
    mobilepay: dict[str, Any] | None = None
    oxxo: dict[str, Any] | None = None
    p24: PostPaymentIntentsIntentConfirmBodyPaymentMethodDataP24 | None = None
    paynow: dict[str, Any] | None = None
    paypal: dict[str, Any] | None = None
    pix: dict[str, Any] | None = None
    promptpay: dict[str, Any] | None = None
    radar_options: PostPaymentIntentsIntentConfirmBodyPaymentMethodDatakfkpepcc | None = None
    revolut_pay: dict[str, Any] | None = None
    sepa_debit: PostPaymentIntentsIntentConfirmBodyPaymentMethodDatajkplpijj | None = None
    sofort: PostPaymentIntentsIntentConfirmBodyPaymentMethodDataSofort | None = None
    swish: dict[str, Any] | None = None
    type: str
    us_bank_account: PostPaymentIntentsIntentConfirmBodyPaymentMethodDatafpheohek | None = None
    wechat_pay: dict[str, Any] | None = None
    zip: dict[str, Any] | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodDatadfpcpbfi(WireModel, kw_only=True):
    """payment_method_param"""

    account_number: str
    institution_number: str
    transit_number: str


class PostPaymentIntentsIntentConfirmBodyPaymentMethodDatabngephjk(WireModel, kw_only=True):
    """param"""

    account_number: str
    bsb_number: str


class PostPaymentIntentsIntentConfirmBodyPaymentMethodDatamfhkieji(WireModel, kw_only=True):
    """param"""

    account_number: str | None = None
    sort_code: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodDataanjibpbo(WireModel, kw_only=True):
    """billing_details_inner_params"""

    address: PostPaymentIntentsIntentConfirmBodyPaymentMethodDatafgnnkmkk | str | None = None
    email: str | None = None
    name: str | None = None
    phone: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodDatafgnnkmkk(WireModel, kw_only=True):
    """billing_details_address"""

    city: str | None = None
    country: str | None = None
    line1: str | None = None
    line2: str | None = None
    postal_code: str | None = None
    state: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodDataBoleto(WireModel, kw_only=True):
    """param"""

    tax_id: str


class PostPaymentIntentsIntentConfirmBodyPaymentMethodDataEps(WireModel, kw_only=True):
    """param"""

    bank: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodDataFpx(WireModel, kw_only=True):
    """param"""

    bank: str


class PostPaymentIntentsIntentConfirmBodyPaymentMethodDataIdeal(WireModel, kw_only=True):
    """param"""

    bank: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodDataKlarna(WireModel, kw_only=True):
    """param"""

    dob: PostPaymentIntentsIntentConfirmBodyPaymentMethodDatakkpmpndd | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodDatakkpmpndd(WireModel, kw_only=True):
    """date_of_birth"""

    day: int
    month: int
    year: int


class PostPaymentIntentsIntentConfirmBodyPaymentMethodDataP24(WireModel, kw_only=True):
    """param"""

    bank: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodDatakfkpepcc(WireModel, kw_only=True):
    """radar_options_with_hidden_options"""

    session: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodDatajkplpijj(WireModel, kw_only=True):
    """param"""

    iban: str


class PostPaymentIntentsIntentConfirmBodyPaymentMethodDataSofort(WireModel, kw_only=True):
    """param"""

    country: str


class PostPaymentIntentsIntentConfirmBodyPaymentMethodDatafpheohek(WireModel, kw_only=True):
    """payment_method_param"""

    account_holder_type: str | None = None
    account_number: str | None = None
    account_type: str | None = None
    financial_connections_account: str | None = None
    routing_number: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptions(WireModel, kw_only=True):
    """Payment method-specific configuration for this PaymentIntent."""

    acss_debit: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptipmiaiafg | str | None = None
    affirm: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptikmgfadbd | str | None = None
    afterpay_clearpay: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptidbocgfai | str | None = (
        None
    )
    alipay: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptilpjbojpn | str | None = None
    amazon_pay: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptimpiejbkm | str | None = None
    au_becs_debit: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptihpemnepb | str | None = None
    bacs_debit: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptikiakaknh | str | None = None
    bancontact: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptibmfnoglh | str | None = None
    blik: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsBlik | str | None = None
    boleto: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptipakeajgh | str | None = None
    card: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsCard | str | None = None
    card_present: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptijoebfkkj | str | None = None
    cashapp: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptimmobemnp | str | None = None
    customer_balance: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptiopckojje | str | None = (
        None
    )
    eps: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsEps | str | None = None
    fpx: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsFpx | str | None = None
    giropay: PostPaymentIntentsIntentConfirmBodyPaymentMethodOpticbajdnia | str | None = None
    grabpay: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptiehipogbj | str | None = None
    ideal: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsIdeal | str | None = None
    interac_present: dict[str, Any] | str | None = None
    klarna: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptihnnlidpn | str | None = None
    konbini: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptialmmcjea | str | None = None
    link: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsLink | str | None = None
    mobilepay: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptimconoglj | str | None = None
    oxxo: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsOxxo | str | None = None
    p24: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsP24 | str | None = None
    paynow: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptidednfdec | str | None = None
    paypal: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptidoahefin | str | None = None
    pix: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsPix | str | None = None
    promptpay: PostPaymentIntentsIntentConfirmBodyPaymentMethodOpticdagnpgm | str | None = None
    revolut_pay: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptiffggcbgg | str | None = None
    sepa_debit: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptimphmelpn | str | None = None
    sofort: PostPaymentIntentsIntentConfirmBodyPaymentMethodOpticoffhhjh | str | None = None
    swish: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsSwish | str | None = None
    us_bank_account: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptidfmdpidh | str | None = (
        None
    )
    wechat_pay: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptippiileof | str | None = None
    zip: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsZip | str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptipmiaiafg(WireModel, kw_only=True):
    """payment_intent_payment_method_options_param"""

    mandate_options: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptiackialck | None = None
    setup_future_usage: str | None = None
    verification_method: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptiackialck(WireModel, kw_only=True):
    """payment_intent_payment_method_options_mandate_options_param"""

    custom_mandate_url: str | None = None
    interval_description: str | None = None
    payment_schedule: str | None = None
    transaction_type: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptikmgfadbd(WireModel, kw_only=True):
    """payment_method_options_param"""

    capture_method: str | None = None
    preferred_locale: str | None = None
    setup_future_usage: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptidbocgfai(WireModel, kw_only=True):
    """payment_method_options_param"""

    capture_method: str | None = None
    reference: str | None = None
    setup_future_usage: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptilpjbojpn(WireModel, kw_only=True):
    """payment_method_options_param"""

    setup_future_usage: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptimpiejbkm(WireModel, kw_only=True):
    """payment_method_options_param"""

    capture_method: str | None = None
    setup_future_usage: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptihpemnepb(WireModel, kw_only=True):
    """payment_intent_payment_method_options_param"""

    setup_future_usage: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptikiakaknh(WireModel, kw_only=True):
    """payment_method_options_param"""

    setup_future_usage: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptibmfnoglh(WireModel, kw_only=True):
    """payment_method_options_param"""

    preferred_language: str | None = None
    setup_future_usage: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsBlik(WireModel, kw_only=True):
    """payment_intent_payment_method_options_param"""

    code: str | None = None
    setup_future_usage: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptipakeajgh(WireModel, kw_only=True):
    """payment_method_options_param"""

    expires_after_days: int | None = None
    setup_future_usage: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsCard(WireModel, kw_only=True):
    """payment_intent_param"""

    capture_method: str | None = None
    cvc_token: str | None = None
    installments: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptiabdnkdgb | None = None
    mandate_options: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptielldlhei | None = None
    network: str | None = None
    request_extended_authorization: str | None = None
    request_incremental_authorization: str | None = None
    request_multicapture: str | None = None
    request_overcapture: str | None = None
    request_three_d_secure: str | None = None
    require_cvc_recollection: bool | None = None
    setup_future_usage: str | None = None
    statement_descriptor_suffix_kana: str | None = None
    statement_descriptor_suffix_kanji: str | None = None
    three_d_secure: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptiakhejdkh | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptiabdnkdgb(WireModel, kw_only=True):
    """installments_param"""

    enabled: bool | None = None
    plan: PostPaymentIntentsIntentConfirmBodyPaymentMethodOpticedalofn | str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOpticedalofn(WireModel, kw_only=True):
    """installment_plan"""

    count: int
    interval: str
    type: str


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptielldlhei(WireModel, kw_only=True):
    """mandate_options_param"""

    amount: int
    amount_type: str
    description: str | None = None
    end_date: int | None = None
    interval: str
    interval_count: int | None = None
    reference: str
    start_date: int
    supported_types: list[str] | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptiakhejdkh(WireModel, kw_only=True):
    """payment_method_options_param"""

    ares_trans_status: str | None = None
    cryptogram: str
    electronic_commerce_indicator: str | None = None
    exemption_indicator: str | None = None
    network_options: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptihpgkbknm | None = None
    requestor_challenge_indicator: str | None = None
    transaction_id: str
    version: str


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptihpgkbknm(WireModel, kw_only=True):
    """network_options_param"""

    cartes_bancaires: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptikiggfkam | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptikiggfkam(WireModel, kw_only=True):
    """cartes_bancaires_network_options_param"""

    cb_avalgo: str
    cb_exemption: str | None = None
    cb_score: int | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptijoebfkkj(WireModel, kw_only=True):
    """payment_method_options_param"""

    request_extended_authorization: bool | None = None
    request_incremental_authorization_support: bool | None = None
    routing: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptiejmpifoi | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptiejmpifoi(WireModel, kw_only=True):
    """routing_payment_method_options_param"""

    requested_priority: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptimmobemnp(WireModel, kw_only=True):
    """payment_intent_payment_method_options_param"""

    capture_method: str | None = None
    setup_future_usage: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptiopckojje(WireModel, kw_only=True):
    """payment_intent_payment_method_options_param"""

    bank_transfer: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptiolhhinfe | None = None
    funding_type: str | None = None
    setup_future_usage: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptiolhhinfe(WireModel, kw_only=True):
    """bank_transfer_param"""

    eu_bank_transfer: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptikpailcan | None = None
    requested_address_types: list[str] | None = None
    type: str


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptikpailcan(WireModel, kw_only=True):
    """eu_bank_transfer_params"""

    country: str


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsEps(WireModel, kw_only=True):
    """payment_intent_payment_method_options_param"""

    setup_future_usage: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsFpx(WireModel, kw_only=True):
    """payment_method_options_param"""

    setup_future_usage: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOpticbajdnia(WireModel, kw_only=True):
    """payment_method_options_param"""

    setup_future_usage: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptiehipogbj(WireModel, kw_only=True):
    """payment_method_options_param"""

    setup_future_usage: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsIdeal(WireModel, kw_only=True):
    """payment_method_options_param"""

    setup_future_usage: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptihnnlidpn(WireModel, kw_only=True):
    """payment_method_options_param"""

    capture_method: str | None = None
    preferred_locale: str | None = None
    setup_future_usage: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptialmmcjea(WireModel, kw_only=True):
    """payment_method_options_param"""

    confirmation_number: str | None = None
    expires_after_days: int | str | None = None
    expires_at: int | str | None = None
    product_description: str | None = None
    setup_future_usage: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsLink(WireModel, kw_only=True):
    """payment_intent_payment_method_options_param"""

    capture_method: str | None = None
    setup_future_usage: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptimconoglj(WireModel, kw_only=True):
    """payment_method_options_param"""

    capture_method: str | None = None
    setup_future_usage: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsOxxo(WireModel, kw_only=True):
    """payment_method_options_param"""

    expires_after_days: int | None = None
    setup_future_usage: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsP24(WireModel, kw_only=True):
    """payment_method_options_param"""

    setup_future_usage: str | None = None
    tos_shown_and_accepted: bool | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptidednfdec(WireModel, kw_only=True):
    """payment_method_options_param"""

    setup_future_usage: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptidoahefin(WireModel, kw_only=True):
    """payment_method_options_param"""

    capture_method: str | None = None
    preferred_locale: str | None = None
    reference: str | None = None
    risk_correlation_id: str | None = None
    setup_future_usage: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsPix(WireModel, kw_only=True):
    """payment_method_options_param"""

    expires_after_seconds: int | None = None
    expires_at: int | None = None
    setup_future_usage: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOpticdagnpgm(WireModel, kw_only=True):
    """payment_method_options_param"""

    setup_future_usage: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptiffggcbgg(WireModel, kw_only=True):
    """payment_method_options_param"""

    capture_method: str | None = None
    setup_future_usage: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptimphmelpn(WireModel, kw_only=True):
    """payment_intent_payment_method_options_param"""

    mandate_options: dict[str, Any] | None = None
    setup_future_usage: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOpticoffhhjh(WireModel, kw_only=True):
    """payment_method_options_param"""

    preferred_language: str | None = None
    setup_future_usage: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsSwish(WireModel, kw_only=True):
    """payment_intent_payment_method_options_param"""

    reference: str | None = None
    setup_future_usage: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptidfmdpidh(WireModel, kw_only=True):
    """payment_intent_payment_method_options_param"""

    financial_connections: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptiljillpda | None = (
        None
    )
    mandate_options: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptikjjhlfpj | None = None
    networks: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptidknibcoo | None = None
    preferred_settlement_speed: str | None = None
    setup_future_usage: str | None = None
    verification_method: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptiljillpda(WireModel, kw_only=True):
    """linked_account_options_param"""

    permissions: list[str] | None = None
    prefetch: list[str] | None = None
    return_url: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptikjjhlfpj(WireModel, kw_only=True):
    """mandate_options_param"""

    collection_method: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptidknibcoo(WireModel, kw_only=True):
    """networks_options_param"""

    requested: list[str] | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptippiileof(WireModel, kw_only=True):
    """payment_method_options_param"""

    app_id: str | None = None
    client: str
    setup_future_usage: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsZip(WireModel, kw_only=True):
    """payment_method_options_param"""

    setup_future_usage: str | None = None


class PostPaymentIntentsIntentConfirmBodyRadarOptions(WireModel, kw_only=True):
    """Options to configure Radar. Learn more about [Radar
    Sessions](https://stripe.com/docs/radar/radar-session).
    """

    session: str | None = None


class PostPaymentIntentsIntentConfirmBodyShipping(WireModel, kw_only=True):
    """optional_fields_shipping"""

    address: PostPaymentIntentsIntentConfirmBodyShippingAddress
    carrier: str | None = None
    name: str
    phone: str | None = None
    tracking_number: str | None = None


class PostPaymentIntentsIntentConfirmBodyShippingAddress(WireModel, kw_only=True):
    """optional_fields_address"""

    city: str | None = None
    country: str | None = None
    line1: str | None = None
    line2: str | None = None
    postal_code: str | None = None
    state: str | None = None
