"""Models of the Stripe API used by ``client.payment_intents`` only (generated; do not edit).

One msgspec Struct per object schema; fields whose JSON name is not a valid Python
identifier are renamed with ``msgspec.field(name=...)``.
"""

from __future__ import annotations

from typing import Any

from .._runtime.models import Literal, WireModel
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
    object: Literal["list"]
    url: str


class PostPaymentIntentsBody(WireModel, kw_only=True):
    amount: int
    application_fee_amount: int | None = None
    automatic_payment_methods: PostPaymentIntentsBodyAutomaticPaymentMethods | None = None
    capture_method: Literal["automatic", "automatic_async", "manual"] | None = None
    confirm: bool | None = None
    confirmation_method: Literal["automatic", "manual"] | None = None
    confirmation_token: str | None = None
    currency: str
    customer: str | None = None
    description: str | None = None
    error_on_requires_action: bool | None = None
    expand: list[str] | None = None
    mandate: str | None = None
    mandate_data: PostPaymentIntentsBodyMandateData | Literal[""] | None = None
    metadata: dict[str, str] | None = None
    off_session: bool | Literal["one_off", "recurring"] | None = None
    on_behalf_of: str | None = None
    payment_method: str | None = None
    payment_method_configuration: str | None = None
    payment_method_data: PostPaymentIntentsBodyPaymentMethodData | None = None
    payment_method_options: PostPaymentIntentsBodyPaymentMethodOptions | None = None
    payment_method_types: list[str] | None = None
    radar_options: PostPaymentIntentsBodyRadarOptions | None = None
    receipt_email: str | None = None
    return_url: str | None = None
    setup_future_usage: Literal["off_session", "on_session"] | None = None
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

    allow_redirects: Literal["always", "never"] | None = None
    enabled: bool


class PostPaymentIntentsBodyMandateData(WireModel, kw_only=True):
    """secret_key_param"""

    customer_acceptance: PostPaymentIntentsBodyMandateDataCustomerAcceptance


class PostPaymentIntentsBodyMandateDataCustomerAcceptance(WireModel, kw_only=True):
    """customer_acceptance_param"""

    accepted_at: int | None = None
    offline: dict[str, Any] | None = None
    online: PostPaymentIntentsBodyMandateDataCustomerAcceptanceOnline | None = None
    type: Literal["offline", "online"]


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
    allow_redisplay: Literal["always", "limited", "unspecified"] | None = None
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
    type: Literal[
        "acss_debit",
        "affirm",
        "afterpay_clearpay",
        "alipay",
        "amazon_pay",
        "au_becs_debit",
        "bacs_debit",
        "bancontact",
        "blik",
        "boleto",
        "cashapp",
        "customer_balance",
        "eps",
        "fpx",
        "giropay",
        "grabpay",
        "ideal",
        "klarna",
        "konbini",
        "link",
        "mobilepay",
        "oxxo",
        "p24",
        "paynow",
        "paypal",
        "pix",
        "promptpay",
        "revolut_pay",
        "sepa_debit",
        "sofort",
        "swish",
        "us_bank_account",
        "wechat_pay",
        "zip",
    ]
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

    address: PostPaymentIntentsBodyPaymentMethodDataBillingDetailsAddress | Literal[""] | None = (
        None
    )
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

    bank: (
        Literal[
            "arzte_und_apotheker_bank",
            "austrian_anadi_bank_ag",
            "bank_austria",
            "bankhaus_carl_spangler",
            "bankhaus_schelhammer_und_schattera_ag",
            "bawag_psk_ag",
            "bks_bank_ag",
            "brull_kallmus_bank_ag",
            "btv_vier_lander_bank",
            "capital_bank_grawe_gruppe_ag",
            "deutsche_bank_ag",
            "dolomitenbank",
            "easybank_ag",
            "erste_bank_und_sparkassen",
            "hypo_alpeadriabank_international_ag",
            "hypo_bank_burgenland_aktiengesellschaft",
            "hypo_noe_lb_fur_niederosterreich_u_wien",
            "hypo_oberosterreich_salzburg_steiermark",
            "hypo_tirol_bank_ag",
            "hypo_vorarlberg_bank_ag",
            "marchfelder_bank",
            "oberbank_ag",
            "raiffeisen_bankengruppe_osterreich",
            "schoellerbank_ag",
            "sparda_bank_wien",
            "volksbank_gruppe",
            "volkskreditbank_ag",
            "vr_bank_braunau",
        ]
        | None
    ) = None


class PostPaymentIntentsBodyPaymentMethodDataFpx(WireModel, kw_only=True):
    """param"""

    bank: Literal[
        "affin_bank",
        "agrobank",
        "alliance_bank",
        "ambank",
        "bank_islam",
        "bank_muamalat",
        "bank_of_china",
        "bank_rakyat",
        "bsn",
        "cimb",
        "deutsche_bank",
        "hong_leong_bank",
        "hsbc",
        "kfh",
        "maybank2e",
        "maybank2u",
        "ocbc",
        "pb_enterprise",
        "public_bank",
        "rhb",
        "standard_chartered",
        "uob",
    ]


class PostPaymentIntentsBodyPaymentMethodDataIdeal(WireModel, kw_only=True):
    """param"""

    bank: (
        Literal[
            "abn_amro",
            "asn_bank",
            "bunq",
            "handelsbanken",
            "ing",
            "knab",
            "moneyou",
            "n26",
            "nn",
            "rabobank",
            "regiobank",
            "revolut",
            "sns_bank",
            "triodos_bank",
            "van_lanschot",
            "yoursafe",
        ]
        | None
    ) = None


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

    bank: (
        Literal[
            "alior_bank",
            "bank_millennium",
            "bank_nowy_bfg_sa",
            "bank_pekao_sa",
            "banki_spbdzielcze",
            "blik",
            "bnp_paribas",
            "boz",
            "citi_handlowy",
            "credit_agricole",
            "envelobank",
            "etransfer_pocztowy24",
            "getin_bank",
            "ideabank",
            "ing",
            "inteligo",
            "mbank_mtransfer",
            "nest_przelew",
            "noble_pay",
            "pbac_z_ipko",
            "plus_bank",
            "santander_przelew24",
            "tmobile_usbugi_bankowe",
            "toyota_bank",
            "velobank",
            "volkswagen_bank",
        ]
        | None
    ) = None


class PostPaymentIntentsBodyPaymentMethodDataRadarOptions(WireModel, kw_only=True):
    """radar_options_with_hidden_options"""

    session: str | None = None


class PostPaymentIntentsBodyPaymentMethodDataSepaDebit(WireModel, kw_only=True):
    """param"""

    iban: str


class PostPaymentIntentsBodyPaymentMethodDataSofort(WireModel, kw_only=True):
    """param"""

    country: Literal["AT", "BE", "DE", "ES", "IT", "NL"]


class PostPaymentIntentsBodyPaymentMethodDataUsBankAccount(WireModel, kw_only=True):
    """payment_method_param"""

    account_holder_type: Literal["company", "individual"] | None = None
    account_number: str | None = None
    account_type: Literal["checking", "savings"] | None = None
    financial_connections_account: str | None = None
    routing_number: str | None = None


class PostPaymentIntentsBodyPaymentMethodOptions(WireModel, kw_only=True):
    """Payment method-specific configuration for this PaymentIntent."""

    acss_debit: PostPaymentIntentsBodyPaymentMethodOptionsAcssDebit | Literal[""] | None = None
    affirm: PostPaymentIntentsBodyPaymentMethodOptionsAffirm | Literal[""] | None = None
    afterpay_clearpay: (
        PostPaymentIntentsBodyPaymentMethodOptionsAfterpayClearpay | Literal[""] | None
    ) = None
    alipay: PostPaymentIntentsBodyPaymentMethodOptionsAlipay | Literal[""] | None = None
    amazon_pay: PostPaymentIntentsBodyPaymentMethodOptionsAmazonPay | Literal[""] | None = None
    au_becs_debit: PostPaymentIntentsBodyPaymentMethodOptionsAuBecsDebit | Literal[""] | None = None
    bacs_debit: PostPaymentIntentsBodyPaymentMethodOptionsBacsDebit | Literal[""] | None = None
    bancontact: PostPaymentIntentsBodyPaymentMethodOptionsBancontact | Literal[""] | None = None
    blik: PostPaymentIntentsBodyPaymentMethodOptionsBlik | Literal[""] | None = None
    boleto: PostPaymentIntentsBodyPaymentMethodOptionsBoleto | Literal[""] | None = None
    card: PostPaymentIntentsBodyPaymentMethodOptionsCard | Literal[""] | None = None
    card_present: PostPaymentIntentsBodyPaymentMethodOptionsCardPresent | Literal[""] | None = None
    cashapp: PostPaymentIntentsBodyPaymentMethodOptionsCashapp | Literal[""] | None = None
    customer_balance: (
        PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalance | Literal[""] | None
    ) = None
    eps: PostPaymentIntentsBodyPaymentMethodOptionsEps | Literal[""] | None = None
    fpx: PostPaymentIntentsBodyPaymentMethodOptionsFpx | Literal[""] | None = None
    giropay: PostPaymentIntentsBodyPaymentMethodOptionsGiropay | Literal[""] | None = None
    grabpay: PostPaymentIntentsBodyPaymentMethodOptionsGrabpay | Literal[""] | None = None
    ideal: PostPaymentIntentsBodyPaymentMethodOptionsIdeal | Literal[""] | None = None
    interac_present: dict[str, Any] | Literal[""] | None = None
    klarna: PostPaymentIntentsBodyPaymentMethodOptionsKlarna | Literal[""] | None = None
    konbini: PostPaymentIntentsBodyPaymentMethodOptionsKonbini | Literal[""] | None = None
    link: PostPaymentIntentsBodyPaymentMethodOptionsLink | Literal[""] | None = None
    mobilepay: PostPaymentIntentsBodyPaymentMethodOptionsMobilepay | Literal[""] | None = None
    oxxo: PostPaymentIntentsBodyPaymentMethodOptionsOxxo | Literal[""] | None = None
    p24: PostPaymentIntentsBodyPaymentMethodOptionsP24 | Literal[""] | None = None
    paynow: PostPaymentIntentsBodyPaymentMethodOptionsPaynow | Literal[""] | None = None
    paypal: PostPaymentIntentsBodyPaymentMethodOptionsPaypal | Literal[""] | None = None
    pix: PostPaymentIntentsBodyPaymentMethodOptionsPix | Literal[""] | None = None
    promptpay: PostPaymentIntentsBodyPaymentMethodOptionsPromptpay | Literal[""] | None = None
    revolut_pay: PostPaymentIntentsBodyPaymentMethodOptionsRevolutPay | Literal[""] | None = None
    sepa_debit: PostPaymentIntentsBodyPaymentMethodOptionsSepaDebit | Literal[""] | None = None
    sofort: PostPaymentIntentsBodyPaymentMethodOptionsSofort | Literal[""] | None = None
    swish: PostPaymentIntentsBodyPaymentMethodOptionsSwish | Literal[""] | None = None
    us_bank_account: (
        PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccount | Literal[""] | None
    ) = None
    wechat_pay: PostPaymentIntentsBodyPaymentMethodOptionsWechatPay | Literal[""] | None = None
    zip: PostPaymentIntentsBodyPaymentMethodOptionsZip | Literal[""] | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsAcssDebit(WireModel, kw_only=True):
    """payment_intent_payment_method_options_param"""

    mandate_options: PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitMcdmdokko | None = None
    setup_future_usage: Literal["", "none", "off_session", "on_session"] | None = None
    verification_method: Literal["automatic", "instant", "microdeposits"] | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitMcdmdokko(WireModel, kw_only=True):
    """payment_intent_payment_method_options_mandate_options_param"""

    custom_mandate_url: str | None = None
    interval_description: str | None = None
    payment_schedule: Literal["combined", "interval", "sporadic"] | None = None
    transaction_type: Literal["business", "personal"] | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsAffirm(WireModel, kw_only=True):
    """payment_method_options_param"""

    capture_method: Literal["", "manual"] | None = None
    preferred_locale: str | None = None
    setup_future_usage: Literal["none"] | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsAfterpayClearpay(WireModel, kw_only=True):
    """payment_method_options_param"""

    capture_method: Literal["", "manual"] | None = None
    reference: str | None = None
    setup_future_usage: Literal["none"] | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsAlipay(WireModel, kw_only=True):
    """payment_method_options_param"""

    setup_future_usage: Literal["", "none", "off_session"] | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsAmazonPay(WireModel, kw_only=True):
    """payment_method_options_param"""

    capture_method: Literal["", "manual"] | None = None
    setup_future_usage: Literal["", "none", "off_session"] | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsAuBecsDebit(WireModel, kw_only=True):
    """payment_intent_payment_method_options_param"""

    setup_future_usage: Literal["", "none", "off_session", "on_session"] | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsBacsDebit(WireModel, kw_only=True):
    """payment_method_options_param"""

    setup_future_usage: Literal["", "none", "off_session", "on_session"] | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsBancontact(WireModel, kw_only=True):
    """payment_method_options_param"""

    preferred_language: Literal["de", "en", "fr", "nl"] | None = None
    setup_future_usage: Literal["", "none", "off_session"] | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsBlik(WireModel, kw_only=True):
    """payment_intent_payment_method_options_param"""

    code: str | None = None
    setup_future_usage: Literal["", "none"] | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsBoleto(WireModel, kw_only=True):
    """payment_method_options_param"""

    expires_after_days: int | None = None
    setup_future_usage: Literal["", "none", "off_session", "on_session"] | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsCard(WireModel, kw_only=True):
    """payment_intent_param"""

    capture_method: Literal["", "manual"] | None = None
    cvc_token: str | None = None
    installments: PostPaymentIntentsBodyPaymentMethodOptionsCardInstallments | None = None
    mandate_options: PostPaymentIntentsBodyPaymentMethodOptionsCardMandateOptions | None = None
    network: (
        Literal[
            "amex",
            "cartes_bancaires",
            "diners",
            "discover",
            "eftpos_au",
            "interac",
            "jcb",
            "mastercard",
            "unionpay",
            "unknown",
            "visa",
        ]
        | None
    ) = None
    request_extended_authorization: Literal["if_available", "never"] | None = None
    request_incremental_authorization: Literal["if_available", "never"] | None = None
    request_multicapture: Literal["if_available", "never"] | None = None
    request_overcapture: Literal["if_available", "never"] | None = None
    request_three_d_secure: Literal["any", "automatic", "challenge"] | None = None
    require_cvc_recollection: bool | None = None
    setup_future_usage: Literal["", "none", "off_session", "on_session"] | None = None
    statement_descriptor_suffix_kana: str | None = None
    statement_descriptor_suffix_kanji: str | None = None
    three_d_secure: PostPaymentIntentsBodyPaymentMethodOptionsCardThreeDSecure | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsCardInstallments(WireModel, kw_only=True):
    """installments_param"""

    enabled: bool | None = None
    plan: PostPaymentIntentsBodyPaymentMethodOptionsCardInstaljpjkpkdp | Literal[""] | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsCardInstaljpjkpkdp(WireModel, kw_only=True):
    """installment_plan"""

    count: int
    interval: Literal["month"]
    type: Literal["fixed_count"]


class PostPaymentIntentsBodyPaymentMethodOptionsCardMandateOptions(WireModel, kw_only=True):
    """mandate_options_param"""

    amount: int
    amount_type: Literal["fixed", "maximum"]
    description: str | None = None
    end_date: int | None = None
    interval: Literal["day", "month", "sporadic", "week", "year"]
    interval_count: int | None = None
    reference: str
    start_date: int
    supported_types: list[Literal["india"]] | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsCardThreeDSecure(WireModel, kw_only=True):
    """payment_method_options_param"""

    ares_trans_status: Literal["A", "C", "I", "N", "R", "U", "Y"] | None = None
    cryptogram: str
    electronic_commerce_indicator: Literal["01", "02", "05", "06", "07"] | None = None
    exemption_indicator: Literal["low_risk", "none"] | None = None
    network_options: PostPaymentIntentsBodyPaymentMethodOptionsCardThreeDoioiegda | None = None
    requestor_challenge_indicator: str | None = None
    transaction_id: str
    version: Literal["1.0.2", "2.1.0", "2.2.0"]


class PostPaymentIntentsBodyPaymentMethodOptionsCardThreeDoioiegda(WireModel, kw_only=True):
    """network_options_param"""

    cartes_bancaires: PostPaymentIntentsBodyPaymentMethodOptionsCardThreeDdhkagefd | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsCardThreeDdhkagefd(WireModel, kw_only=True):
    """cartes_bancaires_network_options_param"""

    cb_avalgo: Literal["0", "1", "2", "3", "4", "A"]
    cb_exemption: str | None = None
    cb_score: int | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsCardPresent(WireModel, kw_only=True):
    """payment_method_options_param"""

    request_extended_authorization: bool | None = None
    request_incremental_authorization_support: bool | None = None
    routing: PostPaymentIntentsBodyPaymentMethodOptionsCardPresentRouting | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsCardPresentRouting(WireModel, kw_only=True):
    """routing_payment_method_options_param"""

    requested_priority: Literal["domestic", "international"] | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsCashapp(WireModel, kw_only=True):
    """payment_intent_payment_method_options_param"""

    capture_method: Literal["", "manual"] | None = None
    setup_future_usage: Literal["", "none", "off_session", "on_session"] | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalance(WireModel, kw_only=True):
    """payment_intent_payment_method_options_param"""

    bank_transfer: PostPaymentIntentsBodyPaymentMethodOptionsCustomerBafgpjldnm | None = None
    funding_type: Literal["bank_transfer"] | None = None
    setup_future_usage: Literal["none"] | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsCustomerBafgpjldnm(WireModel, kw_only=True):
    """bank_transfer_param"""

    eu_bank_transfer: PostPaymentIntentsBodyPaymentMethodOptionsCustomerBaookedlpa | None = None
    requested_address_types: (
        list[Literal["aba", "iban", "sepa", "sort_code", "spei", "swift", "zengin"]] | None
    ) = None
    type: Literal[
        "eu_bank_transfer",
        "gb_bank_transfer",
        "jp_bank_transfer",
        "mx_bank_transfer",
        "us_bank_transfer",
    ]


class PostPaymentIntentsBodyPaymentMethodOptionsCustomerBaookedlpa(WireModel, kw_only=True):
    """eu_bank_transfer_params"""

    country: str


class PostPaymentIntentsBodyPaymentMethodOptionsEps(WireModel, kw_only=True):
    """payment_intent_payment_method_options_param"""

    setup_future_usage: Literal["none"] | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsFpx(WireModel, kw_only=True):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"] | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsGiropay(WireModel, kw_only=True):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"] | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsGrabpay(WireModel, kw_only=True):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"] | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsIdeal(WireModel, kw_only=True):
    """payment_method_options_param"""

    setup_future_usage: Literal["", "none", "off_session"] | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsKlarna(WireModel, kw_only=True):
    """payment_method_options_param"""

    capture_method: Literal["", "manual"] | None = None
    preferred_locale: (
        Literal[
            "cs-CZ",
            "da-DK",
            "de-AT",
            "de-CH",
            "de-DE",
            "el-GR",
            "en-AT",
            "en-AU",
            "en-BE",
            "en-CA",
            "en-CH",
            "en-CZ",
            "en-DE",
            "en-DK",
            "en-ES",
            "en-FI",
            "en-FR",
            "en-GB",
            "en-GR",
            "en-IE",
            "en-IT",
            "en-NL",
            "en-NO",
            "en-NZ",
            "en-PL",
            "en-PT",
            "en-SE",
            "en-US",
            "es-ES",
            "es-US",
            "fi-FI",
            "fr-BE",
            "fr-CA",
            "fr-CH",
            "fr-FR",
            "it-CH",
            "it-IT",
            "nb-NO",
            "nl-BE",
            "nl-NL",
            "pl-PL",
            "pt-PT",
            "sv-FI",
            "sv-SE",
        ]
        | None
    ) = None
    setup_future_usage: Literal["none"] | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsKonbini(WireModel, kw_only=True):
    """payment_method_options_param"""

    confirmation_number: str | None = None
    expires_after_days: int | Literal[""] | None = None
    expires_at: int | Literal[""] | None = None
    product_description: str | None = None
    setup_future_usage: Literal["none"] | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsLink(WireModel, kw_only=True):
    """payment_intent_payment_method_options_param"""

    capture_method: Literal["", "manual"] | None = None
    setup_future_usage: Literal["", "none", "off_session"] | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsMobilepay(WireModel, kw_only=True):
    """payment_method_options_param"""

    capture_method: Literal["", "manual"] | None = None
    setup_future_usage: Literal["none"] | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsOxxo(WireModel, kw_only=True):
    """payment_method_options_param"""

    expires_after_days: int | None = None
    setup_future_usage: Literal["none"] | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsP24(WireModel, kw_only=True):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"] | None = None
    tos_shown_and_accepted: bool | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsPaynow(WireModel, kw_only=True):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"] | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsPaypal(WireModel, kw_only=True):
    """payment_method_options_param"""

    capture_method: Literal["", "manual"] | None = None
    preferred_locale: (
        Literal[
            "cs-CZ",
            "da-DK",
            "de-AT",
            "de-DE",
            "de-LU",
            "el-GR",
            "en-GB",
            "en-US",
            "es-ES",
            "fi-FI",
            "fr-BE",
            "fr-FR",
            "fr-LU",
            "hu-HU",
            "it-IT",
            "nl-BE",
            "nl-NL",
            "pl-PL",
            "pt-PT",
            "sk-SK",
            "sv-SE",
        ]
        | None
    ) = None
    reference: str | None = None
    risk_correlation_id: str | None = None
    setup_future_usage: Literal["", "none", "off_session"] | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsPix(WireModel, kw_only=True):
    """payment_method_options_param"""

    expires_after_seconds: int | None = None
    expires_at: int | None = None
    setup_future_usage: Literal["none"] | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsPromptpay(WireModel, kw_only=True):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"] | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsRevolutPay(WireModel, kw_only=True):
    """payment_method_options_param"""

    capture_method: Literal["", "manual"] | None = None
    setup_future_usage: Literal["", "none", "off_session"] | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsSepaDebit(WireModel, kw_only=True):
    """payment_intent_payment_method_options_param"""

    mandate_options: dict[str, Any] | None = None
    setup_future_usage: Literal["", "none", "off_session", "on_session"] | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsSofort(WireModel, kw_only=True):
    """payment_method_options_param"""

    preferred_language: Literal["", "de", "en", "es", "fr", "it", "nl", "pl"] | None = None
    setup_future_usage: Literal["", "none", "off_session"] | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsSwish(WireModel, kw_only=True):
    """payment_intent_payment_method_options_param"""

    reference: str | None = None
    setup_future_usage: Literal["none"] | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccount(WireModel, kw_only=True):
    """payment_intent_payment_method_options_param"""

    financial_connections: PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccomfhfefho | None = (
        None
    )
    mandate_options: PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccommgcdggb | None = None
    networks: PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccofplembcl | None = None
    preferred_settlement_speed: Literal["", "fastest", "standard"] | None = None
    setup_future_usage: Literal["", "none", "off_session", "on_session"] | None = None
    verification_method: Literal["automatic", "instant", "microdeposits"] | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccomfhfefho(WireModel, kw_only=True):
    """linked_account_options_param"""

    permissions: list[Literal["balances", "ownership", "payment_method", "transactions"]] | None = (
        None
    )
    prefetch: list[Literal["balances", "ownership", "transactions"]] | None = None
    return_url: str | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccommgcdggb(WireModel, kw_only=True):
    """mandate_options_param"""

    collection_method: Literal["", "paper"] | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccofplembcl(WireModel, kw_only=True):
    """networks_options_param"""

    requested: list[Literal["ach", "us_domestic_wire"]] | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsWechatPay(WireModel, kw_only=True):
    """payment_method_options_param"""

    app_id: str | None = None
    client: Literal["android", "ios", "web"]
    setup_future_usage: Literal["none"] | None = None


class PostPaymentIntentsBodyPaymentMethodOptionsZip(WireModel, kw_only=True):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"] | None = None


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
    cancellation_reason: (
        Literal["abandoned", "duplicate", "fraudulent", "requested_by_customer"] | None
    ) = None
    expand: list[str] | None = None


class PostPaymentIntentsIntentConfirmBody(WireModel, kw_only=True):
    capture_method: Literal["automatic", "automatic_async", "manual"] | None = None
    client_secret: str | None = None
    confirmation_token: str | None = None
    error_on_requires_action: bool | None = None
    expand: list[str] | None = None
    mandate: str | None = None
    mandate_data: Any = None
    off_session: bool | Literal["one_off", "recurring"] | None = None
    payment_method: str | None = None
    payment_method_data: PostPaymentIntentsIntentConfirmBodyPaymentMethodData | None = None
    payment_method_options: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptions | None = None
    payment_method_types: list[str] | None = None
    radar_options: PostPaymentIntentsIntentConfirmBodyRadarOptions | None = None
    receipt_email: str | None = None
    return_url: str | None = None
    setup_future_usage: Literal["", "off_session", "on_session"] | None = None
    shipping: PostPaymentIntentsIntentConfirmBodyShipping | Literal[""] | None = None
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
    allow_redisplay: Literal["always", "limited", "unspecified"] | None = None
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
    type: Literal[
        "acss_debit",
        "affirm",
        "afterpay_clearpay",
        "alipay",
        "amazon_pay",
        "au_becs_debit",
        "bacs_debit",
        "bancontact",
        "blik",
        "boleto",
        "cashapp",
        "customer_balance",
        "eps",
        "fpx",
        "giropay",
        "grabpay",
        "ideal",
        "klarna",
        "konbini",
        "link",
        "mobilepay",
        "oxxo",
        "p24",
        "paynow",
        "paypal",
        "pix",
        "promptpay",
        "revolut_pay",
        "sepa_debit",
        "sofort",
        "swish",
        "us_bank_account",
        "wechat_pay",
        "zip",
    ]
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

    address: PostPaymentIntentsIntentConfirmBodyPaymentMethodDatafgnnkmkk | Literal[""] | None = (
        None
    )
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

    bank: (
        Literal[
            "arzte_und_apotheker_bank",
            "austrian_anadi_bank_ag",
            "bank_austria",
            "bankhaus_carl_spangler",
            "bankhaus_schelhammer_und_schattera_ag",
            "bawag_psk_ag",
            "bks_bank_ag",
            "brull_kallmus_bank_ag",
            "btv_vier_lander_bank",
            "capital_bank_grawe_gruppe_ag",
            "deutsche_bank_ag",
            "dolomitenbank",
            "easybank_ag",
            "erste_bank_und_sparkassen",
            "hypo_alpeadriabank_international_ag",
            "hypo_bank_burgenland_aktiengesellschaft",
            "hypo_noe_lb_fur_niederosterreich_u_wien",
            "hypo_oberosterreich_salzburg_steiermark",
            "hypo_tirol_bank_ag",
            "hypo_vorarlberg_bank_ag",
            "marchfelder_bank",
            "oberbank_ag",
            "raiffeisen_bankengruppe_osterreich",
            "schoellerbank_ag",
            "sparda_bank_wien",
            "volksbank_gruppe",
            "volkskreditbank_ag",
            "vr_bank_braunau",
        ]
        | None
    ) = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodDataFpx(WireModel, kw_only=True):
    """param"""

    bank: Literal[
        "affin_bank",
        "agrobank",
        "alliance_bank",
        "ambank",
        "bank_islam",
        "bank_muamalat",
        "bank_of_china",
        "bank_rakyat",
        "bsn",
        "cimb",
        "deutsche_bank",
        "hong_leong_bank",
        "hsbc",
        "kfh",
        "maybank2e",
        "maybank2u",
        "ocbc",
        "pb_enterprise",
        "public_bank",
        "rhb",
        "standard_chartered",
        "uob",
    ]


class PostPaymentIntentsIntentConfirmBodyPaymentMethodDataIdeal(WireModel, kw_only=True):
    """param"""

    bank: (
        Literal[
            "abn_amro",
            "asn_bank",
            "bunq",
            "handelsbanken",
            "ing",
            "knab",
            "moneyou",
            "n26",
            "nn",
            "rabobank",
            "regiobank",
            "revolut",
            "sns_bank",
            "triodos_bank",
            "van_lanschot",
            "yoursafe",
        ]
        | None
    ) = None


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

    bank: (
        Literal[
            "alior_bank",
            "bank_millennium",
            "bank_nowy_bfg_sa",
            "bank_pekao_sa",
            "banki_spbdzielcze",
            "blik",
            "bnp_paribas",
            "boz",
            "citi_handlowy",
            "credit_agricole",
            "envelobank",
            "etransfer_pocztowy24",
            "getin_bank",
            "ideabank",
            "ing",
            "inteligo",
            "mbank_mtransfer",
            "nest_przelew",
            "noble_pay",
            "pbac_z_ipko",
            "plus_bank",
            "santander_przelew24",
            "tmobile_usbugi_bankowe",
            "toyota_bank",
            "velobank",
            "volkswagen_bank",
        ]
        | None
    ) = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodDatakfkpepcc(WireModel, kw_only=True):
    """radar_options_with_hidden_options"""

    session: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodDatajkplpijj(WireModel, kw_only=True):
    """param"""

    iban: str


class PostPaymentIntentsIntentConfirmBodyPaymentMethodDataSofort(WireModel, kw_only=True):
    """param"""

    country: Literal["AT", "BE", "DE", "ES", "IT", "NL"]


class PostPaymentIntentsIntentConfirmBodyPaymentMethodDatafpheohek(WireModel, kw_only=True):
    """payment_method_param"""

    account_holder_type: Literal["company", "individual"] | None = None
    account_number: str | None = None
    account_type: Literal["checking", "savings"] | None = None
    financial_connections_account: str | None = None
    routing_number: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptions(WireModel, kw_only=True):
    """Payment method-specific configuration for this PaymentIntent."""

    acss_debit: (
        PostPaymentIntentsIntentConfirmBodyPaymentMethodOptipmiaiafg | Literal[""] | None
    ) = None
    affirm: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptikmgfadbd | Literal[""] | None = None
    afterpay_clearpay: (
        PostPaymentIntentsIntentConfirmBodyPaymentMethodOptidbocgfai | Literal[""] | None
    ) = None
    alipay: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptilpjbojpn | Literal[""] | None = None
    amazon_pay: (
        PostPaymentIntentsIntentConfirmBodyPaymentMethodOptimpiejbkm | Literal[""] | None
    ) = None
    au_becs_debit: (
        PostPaymentIntentsIntentConfirmBodyPaymentMethodOptihpemnepb | Literal[""] | None
    ) = None
    bacs_debit: (
        PostPaymentIntentsIntentConfirmBodyPaymentMethodOptikiakaknh | Literal[""] | None
    ) = None
    bancontact: (
        PostPaymentIntentsIntentConfirmBodyPaymentMethodOptibmfnoglh | Literal[""] | None
    ) = None
    blik: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsBlik | Literal[""] | None = None
    boleto: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptipakeajgh | Literal[""] | None = None
    card: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsCard | Literal[""] | None = None
    card_present: (
        PostPaymentIntentsIntentConfirmBodyPaymentMethodOptijoebfkkj | Literal[""] | None
    ) = None
    cashapp: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptimmobemnp | Literal[""] | None = (
        None
    )
    customer_balance: (
        PostPaymentIntentsIntentConfirmBodyPaymentMethodOptiopckojje | Literal[""] | None
    ) = None
    eps: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsEps | Literal[""] | None = None
    fpx: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsFpx | Literal[""] | None = None
    giropay: PostPaymentIntentsIntentConfirmBodyPaymentMethodOpticbajdnia | Literal[""] | None = (
        None
    )
    grabpay: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptiehipogbj | Literal[""] | None = (
        None
    )
    ideal: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsIdeal | Literal[""] | None = None
    interac_present: dict[str, Any] | Literal[""] | None = None
    klarna: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptihnnlidpn | Literal[""] | None = None
    konbini: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptialmmcjea | Literal[""] | None = (
        None
    )
    link: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsLink | Literal[""] | None = None
    mobilepay: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptimconoglj | Literal[""] | None = (
        None
    )
    oxxo: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsOxxo | Literal[""] | None = None
    p24: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsP24 | Literal[""] | None = None
    paynow: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptidednfdec | Literal[""] | None = None
    paypal: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptidoahefin | Literal[""] | None = None
    pix: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsPix | Literal[""] | None = None
    promptpay: PostPaymentIntentsIntentConfirmBodyPaymentMethodOpticdagnpgm | Literal[""] | None = (
        None
    )
    revolut_pay: (
        PostPaymentIntentsIntentConfirmBodyPaymentMethodOptiffggcbgg | Literal[""] | None
    ) = None
    sepa_debit: (
        PostPaymentIntentsIntentConfirmBodyPaymentMethodOptimphmelpn | Literal[""] | None
    ) = None
    sofort: PostPaymentIntentsIntentConfirmBodyPaymentMethodOpticoffhhjh | Literal[""] | None = None
    swish: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsSwish | Literal[""] | None = None
    us_bank_account: (
        PostPaymentIntentsIntentConfirmBodyPaymentMethodOptidfmdpidh | Literal[""] | None
    ) = None
    wechat_pay: (
        PostPaymentIntentsIntentConfirmBodyPaymentMethodOptippiileof | Literal[""] | None
    ) = None
    zip: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsZip | Literal[""] | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptipmiaiafg(WireModel, kw_only=True):
    """payment_intent_payment_method_options_param"""

    mandate_options: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptiackialck | None = None
    setup_future_usage: Literal["", "none", "off_session", "on_session"] | None = None
    verification_method: Literal["automatic", "instant", "microdeposits"] | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptiackialck(WireModel, kw_only=True):
    """payment_intent_payment_method_options_mandate_options_param"""

    custom_mandate_url: str | None = None
    interval_description: str | None = None
    payment_schedule: Literal["combined", "interval", "sporadic"] | None = None
    transaction_type: Literal["business", "personal"] | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptikmgfadbd(WireModel, kw_only=True):
    """payment_method_options_param"""

    capture_method: Literal["", "manual"] | None = None
    preferred_locale: str | None = None
    setup_future_usage: Literal["none"] | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptidbocgfai(WireModel, kw_only=True):
    """payment_method_options_param"""

    capture_method: Literal["", "manual"] | None = None
    reference: str | None = None
    setup_future_usage: Literal["none"] | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptilpjbojpn(WireModel, kw_only=True):
    """payment_method_options_param"""

    setup_future_usage: Literal["", "none", "off_session"] | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptimpiejbkm(WireModel, kw_only=True):
    """payment_method_options_param"""

    capture_method: Literal["", "manual"] | None = None
    setup_future_usage: Literal["", "none", "off_session"] | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptihpemnepb(WireModel, kw_only=True):
    """payment_intent_payment_method_options_param"""

    setup_future_usage: Literal["", "none", "off_session", "on_session"] | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptikiakaknh(WireModel, kw_only=True):
    """payment_method_options_param"""

    setup_future_usage: Literal["", "none", "off_session", "on_session"] | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptibmfnoglh(WireModel, kw_only=True):
    """payment_method_options_param"""

    preferred_language: Literal["de", "en", "fr", "nl"] | None = None
    setup_future_usage: Literal["", "none", "off_session"] | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsBlik(WireModel, kw_only=True):
    """payment_intent_payment_method_options_param"""

    code: str | None = None
    setup_future_usage: Literal["", "none"] | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptipakeajgh(WireModel, kw_only=True):
    """payment_method_options_param"""

    expires_after_days: int | None = None
    setup_future_usage: Literal["", "none", "off_session", "on_session"] | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsCard(WireModel, kw_only=True):
    """payment_intent_param"""

    capture_method: Literal["", "manual"] | None = None
    cvc_token: str | None = None
    installments: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptiabdnkdgb | None = None
    mandate_options: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptielldlhei | None = None
    network: (
        Literal[
            "amex",
            "cartes_bancaires",
            "diners",
            "discover",
            "eftpos_au",
            "interac",
            "jcb",
            "mastercard",
            "unionpay",
            "unknown",
            "visa",
        ]
        | None
    ) = None
    request_extended_authorization: Literal["if_available", "never"] | None = None
    request_incremental_authorization: Literal["if_available", "never"] | None = None
    request_multicapture: Literal["if_available", "never"] | None = None
    request_overcapture: Literal["if_available", "never"] | None = None
    request_three_d_secure: Literal["any", "automatic", "challenge"] | None = None
    require_cvc_recollection: bool | None = None
    setup_future_usage: Literal["", "none", "off_session", "on_session"] | None = None
    statement_descriptor_suffix_kana: str | None = None
    statement_descriptor_suffix_kanji: str | None = None
    three_d_secure: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptiakhejdkh | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptiabdnkdgb(WireModel, kw_only=True):
    """installments_param"""

    enabled: bool | None = None
    plan: PostPaymentIntentsIntentConfirmBodyPaymentMethodOpticedalofn | Literal[""] | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOpticedalofn(WireModel, kw_only=True):
    """installment_plan"""

    count: int
    interval: Literal["month"]
    type: Literal["fixed_count"]


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptielldlhei(WireModel, kw_only=True):
    """mandate_options_param"""

    amount: int
    amount_type: Literal["fixed", "maximum"]
    description: str | None = None
    end_date: int | None = None
    interval: Literal["day", "month", "sporadic", "week", "year"]
    interval_count: int | None = None
    reference: str
    start_date: int
    supported_types: list[Literal["india"]] | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptiakhejdkh(WireModel, kw_only=True):
    """payment_method_options_param"""

    ares_trans_status: Literal["A", "C", "I", "N", "R", "U", "Y"] | None = None
    cryptogram: str
    electronic_commerce_indicator: Literal["01", "02", "05", "06", "07"] | None = None
    exemption_indicator: Literal["low_risk", "none"] | None = None
    network_options: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptihpgkbknm | None = None
    requestor_challenge_indicator: str | None = None
    transaction_id: str
    version: Literal["1.0.2", "2.1.0", "2.2.0"]


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptihpgkbknm(WireModel, kw_only=True):
    """network_options_param"""

    cartes_bancaires: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptikiggfkam | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptikiggfkam(WireModel, kw_only=True):
    """cartes_bancaires_network_options_param"""

    cb_avalgo: Literal["0", "1", "2", "3", "4", "A"]
    cb_exemption: str | None = None
    cb_score: int | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptijoebfkkj(WireModel, kw_only=True):
    """payment_method_options_param"""

    request_extended_authorization: bool | None = None
    request_incremental_authorization_support: bool | None = None
    routing: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptiejmpifoi | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptiejmpifoi(WireModel, kw_only=True):
    """routing_payment_method_options_param"""

    requested_priority: Literal["domestic", "international"] | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptimmobemnp(WireModel, kw_only=True):
    """payment_intent_payment_method_options_param"""

    capture_method: Literal["", "manual"] | None = None
    setup_future_usage: Literal["", "none", "off_session", "on_session"] | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptiopckojje(WireModel, kw_only=True):
    """payment_intent_payment_method_options_param"""

    bank_transfer: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptiolhhinfe | None = None
    funding_type: Literal["bank_transfer"] | None = None
    setup_future_usage: Literal["none"] | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptiolhhinfe(WireModel, kw_only=True):
    """bank_transfer_param"""

    eu_bank_transfer: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptikpailcan | None = None
    requested_address_types: (
        list[Literal["aba", "iban", "sepa", "sort_code", "spei", "swift", "zengin"]] | None
    ) = None
    type: Literal[
        "eu_bank_transfer",
        "gb_bank_transfer",
        "jp_bank_transfer",
        "mx_bank_transfer",
        "us_bank_transfer",
    ]


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptikpailcan(WireModel, kw_only=True):
    """eu_bank_transfer_params"""

    country: str


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsEps(WireModel, kw_only=True):
    """payment_intent_payment_method_options_param"""

    setup_future_usage: Literal["none"] | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsFpx(WireModel, kw_only=True):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"] | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOpticbajdnia(WireModel, kw_only=True):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"] | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptiehipogbj(WireModel, kw_only=True):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"] | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsIdeal(WireModel, kw_only=True):
    """payment_method_options_param"""

    setup_future_usage: Literal["", "none", "off_session"] | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptihnnlidpn(WireModel, kw_only=True):
    """payment_method_options_param"""

    capture_method: Literal["", "manual"] | None = None
    preferred_locale: (
        Literal[
            "cs-CZ",
            "da-DK",
            "de-AT",
            "de-CH",
            "de-DE",
            "el-GR",
            "en-AT",
            "en-AU",
            "en-BE",
            "en-CA",
            "en-CH",
            "en-CZ",
            "en-DE",
            "en-DK",
            "en-ES",
            "en-FI",
            "en-FR",
            "en-GB",
            "en-GR",
            "en-IE",
            "en-IT",
            "en-NL",
            "en-NO",
            "en-NZ",
            "en-PL",
            "en-PT",
            "en-SE",
            "en-US",
            "es-ES",
            "es-US",
            "fi-FI",
            "fr-BE",
            "fr-CA",
            "fr-CH",
            "fr-FR",
            "it-CH",
            "it-IT",
            "nb-NO",
            "nl-BE",
            "nl-NL",
            "pl-PL",
            "pt-PT",
            "sv-FI",
            "sv-SE",
        ]
        | None
    ) = None
    setup_future_usage: Literal["none"] | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptialmmcjea(WireModel, kw_only=True):
    """payment_method_options_param"""

    confirmation_number: str | None = None
    expires_after_days: int | Literal[""] | None = None
    expires_at: int | Literal[""] | None = None
    product_description: str | None = None
    setup_future_usage: Literal["none"] | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsLink(WireModel, kw_only=True):
    """payment_intent_payment_method_options_param"""

    capture_method: Literal["", "manual"] | None = None
    setup_future_usage: Literal["", "none", "off_session"] | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptimconoglj(WireModel, kw_only=True):
    """payment_method_options_param"""

    capture_method: Literal["", "manual"] | None = None
    setup_future_usage: Literal["none"] | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsOxxo(WireModel, kw_only=True):
    """payment_method_options_param"""

    expires_after_days: int | None = None
    setup_future_usage: Literal["none"] | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsP24(WireModel, kw_only=True):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"] | None = None
    tos_shown_and_accepted: bool | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptidednfdec(WireModel, kw_only=True):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"] | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptidoahefin(WireModel, kw_only=True):
    """payment_method_options_param"""

    capture_method: Literal["", "manual"] | None = None
    preferred_locale: (
        Literal[
            "cs-CZ",
            "da-DK",
            "de-AT",
            "de-DE",
            "de-LU",
            "el-GR",
            "en-GB",
            "en-US",
            "es-ES",
            "fi-FI",
            "fr-BE",
            "fr-FR",
            "fr-LU",
            "hu-HU",
            "it-IT",
            "nl-BE",
            "nl-NL",
            "pl-PL",
            "pt-PT",
            "sk-SK",
            "sv-SE",
        ]
        | None
    ) = None
    reference: str | None = None
    risk_correlation_id: str | None = None
    setup_future_usage: Literal["", "none", "off_session"] | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsPix(WireModel, kw_only=True):
    """payment_method_options_param"""

    expires_after_seconds: int | None = None
    expires_at: int | None = None
    setup_future_usage: Literal["none"] | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOpticdagnpgm(WireModel, kw_only=True):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"] | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptiffggcbgg(WireModel, kw_only=True):
    """payment_method_options_param"""

    capture_method: Literal["", "manual"] | None = None
    setup_future_usage: Literal["", "none", "off_session"] | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptimphmelpn(WireModel, kw_only=True):
    """payment_intent_payment_method_options_param"""

    mandate_options: dict[str, Any] | None = None
    setup_future_usage: Literal["", "none", "off_session", "on_session"] | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOpticoffhhjh(WireModel, kw_only=True):
    """payment_method_options_param"""

    preferred_language: Literal["", "de", "en", "es", "fr", "it", "nl", "pl"] | None = None
    setup_future_usage: Literal["", "none", "off_session"] | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsSwish(WireModel, kw_only=True):
    """payment_intent_payment_method_options_param"""

    reference: str | None = None
    setup_future_usage: Literal["none"] | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptidfmdpidh(WireModel, kw_only=True):
    """payment_intent_payment_method_options_param"""

    financial_connections: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptiljillpda | None = (
        None
    )
    mandate_options: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptikjjhlfpj | None = None
    networks: PostPaymentIntentsIntentConfirmBodyPaymentMethodOptidknibcoo | None = None
    preferred_settlement_speed: Literal["", "fastest", "standard"] | None = None
    setup_future_usage: Literal["", "none", "off_session", "on_session"] | None = None
    verification_method: Literal["automatic", "instant", "microdeposits"] | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptiljillpda(WireModel, kw_only=True):
    """linked_account_options_param"""

    permissions: list[Literal["balances", "ownership", "payment_method", "transactions"]] | None = (
        None
    )
    prefetch: list[Literal["balances", "ownership", "transactions"]] | None = None
    return_url: str | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptikjjhlfpj(WireModel, kw_only=True):
    """mandate_options_param"""

    collection_method: Literal["", "paper"] | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptidknibcoo(WireModel, kw_only=True):
    """networks_options_param"""

    requested: list[Literal["ach", "us_domestic_wire"]] | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptippiileof(WireModel, kw_only=True):
    """payment_method_options_param"""

    app_id: str | None = None
    client: Literal["android", "ios", "web"]
    setup_future_usage: Literal["none"] | None = None


class PostPaymentIntentsIntentConfirmBodyPaymentMethodOptionsZip(WireModel, kw_only=True):
    """payment_method_options_param"""

    setup_future_usage: Literal["none"] | None = None


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
