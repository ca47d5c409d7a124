"""Models of the Stripe API shared by several resources, or by none (generated; do not edit).

One msgspec Struct per object schema; fields whose JSON name is not a valid Python
identifier are renamed with ``msgspec.field(name=...)``.
"""

from __future__ import annotations

from typing import Any, TypeAlias

from .._runtime.models import WireModel

__all__ = [
    "Account",
    "AccountAnnualRevenue",
    "AccountBacsDebitPaymentsSettings",
    "AccountBrandingSettings",
    "AccountBusinessProfile",
    "AccountCapabilities",
    "AccountCardIssuingSettings",
    "AccountCardPaymentsSettings",
    "AccountDashboardSettings",
    "AccountDeclineChargeOn",
    "AccountExternalAccounts",
    "AccountFutureRequirements",
    "AccountInvoicesSettings",
    "AccountMonthlyEstimatedRevenue",
    "AccountPaymentsSettings",
    "AccountPayoutSettings",
    "AccountRequirements",
    "AccountRequirementsAlternative",
    "AccountRequirementsError",
    "AccountSepaDebitPaymentsSettings",
    "AccountSettings",
    "AccountTermsOfService",
    "AccountTosAcceptance",
    "AccountTreasurySettings",
    "AccountUnificationAccountController",
    "AccountUnificationAccountControllerFees",
    "AccountUnificationAccountControllerLosses",
    "AccountUnificationAccountControllerStripeDashboard",
    "Address",
    "ApiErrors",
    "Application",
    "ApplicationFee",
    "ApplicationFeeRefunds",
    "AutomaticTax",
    "BalanceTransaction",
    "BankAccount",
    "BillingDetails",
    "CancellationDetails",
    "Card",
    "CardGeneratedFromPaymentMethodDetails",
    "CardIssuingAccountTermsOfService",
    "CardMandatePaymentMethodDetails",
    "CashBalance",
    "Charge",
    "ChargeFraudDetails",
    "ChargeOutcome",
    "ChargeRefunds",
    "ChargeTransferData",
    "ConnectAccountReference",
    "ConnectCollectionTransfer",
    "Coupon",
    "CouponAppliesTo",
    "CouponCurrencyOption",
    "CurrencyOption",
    "CustomUnitAmount",
    "Customer",
    "CustomerAcceptance",
    "CustomerBalanceCustomerBalanceSettings",
    "CustomerBalanceResourceCashBalanceTransactionResourccffhhkdh",
    "CustomerBalanceResourceCashBalanceTransactionResourccflolcjc",
    "CustomerBalanceResourceCashBalanceTransactionResourcepcmgggi",
    "CustomerBalanceResourceCashBalanceTransactionResourcgphpiiof",
    "CustomerBalanceResourceCashBalanceTransactionResourchdeimkio",
    "CustomerBalanceResourceCashBalanceTransactionResourchmabdfmi",
    "CustomerBalanceResourceCashBalanceTransactionResourchommogbi",
    "CustomerBalanceResourceCashBalanceTransactionResourcjcmocaln",
    "CustomerBalanceResourceCashBalanceTransactionResourcjoimdlpg",
    "CustomerBalanceResourceCashBalanceTransactionResourcngcdlhhk",
    "CustomerBalanceResourceCashBalanceTransactionResourcoibjeaii",
    "CustomerCashBalanceTransaction",
    "CustomerSources",
    "CustomerSubscriptions",
    "CustomerTax",
    "CustomerTaxIds",
    "CustomerTaxLocation",
    "DeletedApplication",
    "DeletedBankAccount",
    "DeletedCard",
    "DeletedCoupon",
    "DeletedDiscount",
    "DeletedInvoice",
    "DeletedPrice",
    "DeletedProduct",
    "DeletedTaxId",
    "DestinationDetailsUnimplemented",
    "Discount",
    "DiscountsResourceDiscountAmount",
    "DiscountsResourceStackableDiscount",
    "Dispute",
    "DisputeEvidence",
    "DisputeEvidenceDetails",
    "DisputePaymentMethodDetails",
    "DisputePaymentMethodDetailsCard",
    "DisputePaymentMethodDetailsKlarna",
    "DisputePaymentMethodDetailsPaypal",
    "EmailSent",
    "ExternalAccountRequirements",
    "Fee",
    "FeeRefund",
    "File",
    "FileLink",
    "FileLinks",
    "FundingInstructionsBankTransferAbaRecord",
    "FundingInstructionsBankTransferFinancialAddress",
    "FundingInstructionsBankTransferIbanRecord",
    "FundingInstructionsBankTransferSortCodeRecord",
    "FundingInstructionsBankTransferSpeiRecord",
    "FundingInstructionsBankTransferSwiftRecord",
    "FundingInstructionsBankTransferZenginRecord",
    "InternalCard",
    "Invoice",
    "InvoiceInstallmentsCard",
    "InvoiceItemThresholdReason",
    "InvoiceLineItemPeriod",
    "InvoiceLines",
    "InvoiceMandateOptionsCard",
    "InvoicePaymentMethodOptionsAcssDebit",
    "InvoicePaymentMethodOptionsAcssDebitMandateOptions",
    "InvoicePaymentMethodOptionsBancontact",
    "InvoicePaymentMethodOptionsCard",
    "InvoicePaymentMethodOptionsCustomerBalance",
    "InvoicePaymentMethodOptionsCustomerBalanceBankTransfer",
    "InvoicePaymentMethodOptionsCustomerBalanceBankTransfnomdelbd",
    "InvoicePaymentMethodOptionsKonbini",
    "InvoicePaymentMethodOptionsSepaDebit",
    "InvoicePaymentMethodOptionsUsBankAccount",
    "InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions",
    "InvoiceRenderingPdf",
    "InvoiceSettingCustomField",
    "InvoiceSettingCustomerRenderingOptions",
    "InvoiceSettingCustomerSetting",
    "InvoiceSettingQuoteSetting",
    "InvoiceSettingSubscriptionSchedulePhaseSetting",
    "InvoiceSettingSubscriptionScheduleSetting",
    "InvoiceTaxAmount",
    "InvoiceThresholdReason",
    "InvoiceTransferData",
    "Invoiceitem",
    "InvoicesPaymentMethodOptions",
    "InvoicesPaymentSettings",
    "InvoicesResourceFromInvoice",
    "InvoicesResourceInvoiceRendering",
    "InvoicesResourceInvoiceTaxId",
    "InvoicesResourceLineItemsCreditedItems",
    "InvoicesResourceLineItemsProrationDetails",
    "InvoicesResourceShippingCost",
    "InvoicesResourceStatusTransitions",
    "IssuingAuthorization",
    "IssuingAuthorizationAmountDetails",
    "IssuingAuthorizationAuthenticationExemption",
    "IssuingAuthorizationMerchantData",
    "IssuingAuthorizationNetworkData",
    "IssuingAuthorizationPendingRequest",
    "IssuingAuthorizationRequest",
    "IssuingAuthorizationThreeDSecure",
    "IssuingAuthorizationTreasury",
    "IssuingAuthorizationVerificationData",
    "IssuingCard",
    "IssuingCardApplePay",
    "IssuingCardAuthorizationControls",
    "IssuingCardGooglePay",
    "IssuingCardShipping",
    "IssuingCardShippingCustoms",
    "IssuingCardSpendingLimit",
    "IssuingCardWallets",
    "IssuingCardholder",
    "IssuingCardholderAddress",
    "IssuingCardholderAuthorizationControls",
    "IssuingCardholderCardIssuing",
    "IssuingCardholderCompany",
    "IssuingCardholderIdDocument",
    "IssuingCardholderIndividual",
    "IssuingCardholderIndividualDob",
    "IssuingCardholderRequirements",
    "IssuingCardholderSpendingLimit",
    "IssuingCardholderUserTermsAcceptance",
    "IssuingCardholderVerification",
    "IssuingDispute",
    "IssuingDisputeCanceledEvidence",
    "IssuingDisputeDuplicateEvidence",
    "IssuingDisputeEvidence",
    "IssuingDisputeFraudulentEvidence",
    "IssuingDisputeMerchandiseNotAsDescribedEvidence",
    "IssuingDisputeNoValidAuthorizationEvidence",
    "IssuingDisputeNotReceivedEvidence",
    "IssuingDisputeOtherEvidence",
    "IssuingDisputeServiceNotAsDescribedEvidence",
    "IssuingDisputeTreasury",
    "IssuingNetworkTokenAddress",
    "IssuingNetworkTokenDevice",
    "IssuingNetworkTokenMastercard",
    "IssuingNetworkTokenNetworkData",
    "IssuingNetworkTokenVisa",
    "IssuingNetworkTokenWalletProvider",
    "IssuingPersonalizationDesign",
    "IssuingPersonalizationDesignCarrierText",
    "IssuingPersonalizationDesignPreferences",
    "IssuingPersonalizationDesignRejectionReasons",
    "IssuingPhysicalBundle",
    "IssuingPhysicalBundleFeatures",
    "IssuingToken",
    "IssuingTransaction",
    "IssuingTransactionAmountDetails",
    "IssuingTransactionFlightData",
    "IssuingTransactionFlightDataLeg",
    "IssuingTransactionFuelData",
    "IssuingTransactionLodgingData",
    "IssuingTransactionNetworkData",
    "IssuingTransactionPurchaseDetails",
    "IssuingTransactionReceiptData",
    "IssuingTransactionTreasury",
    "Item",
    "LegalEntityCompany",
    "LegalEntityCompanyVerification",
    "LegalEntityCompanyVerificationDocument",
    "LegalEntityDob",
    "LegalEntityJapanAddress",
    "LegalEntityPersonVerification",
    "LegalEntityPersonVerificationDocument",
    "LegalEntityUboDeclaration",
    "LineItem",
    "LineItemsDiscountAmount",
    "LineItemsTaxAmount",
    "LinkedAccountOptionsUsBankAccount",
    "Mandate",
    "MandateAcssDebit",
    "MandateAmazonPay",
    "MandateAuBecsDebit",
    "MandateBacsDebit",
    "MandateCashapp",
    "MandateLink",
    "MandateMultiUse",
    "MandatePaymentMethodDetails",
    "MandatePaypal",
    "MandateRevolutPay",
    "MandateSepaDebit",
    "MandateSingleUse",
    "MandateUsBankAccount",
    "Networks",
    "OfflineAcceptance",
    "OnlineAcceptance",
    "PackageDimensions",
    "PaymentFlowsAmountDetails",
    "PaymentFlowsAmountDetailsResourceTip",
    "PaymentFlowsAutomaticPaymentMethodsPaymentIntent",
    "PaymentFlowsAutomaticPaymentMethodsSetupIntent",
    "PaymentFlowsInstallmentOptions",
    "PaymentFlowsPrivatePaymentMethodsAlipay",
    "PaymentFlowsPrivatePaymentMethodsAlipayDetails",
    "PaymentFlowsPrivatePaymentMethodsCardDetailsApiResoucifijjkh",
    "PaymentFlowsPrivatePaymentMethodsCardDetailsApiResoughkcgaoh",
    "PaymentFlowsPrivatePaymentMethodsCardDetailsApiResoukgknnioi",
    "PaymentFlowsPrivatePaymentMethodsCardDetailsApiResouoplkhlaf",
    "PaymentFlowsPrivatePaymentMethodsKlarnaDob",
    "PaymentIntent",
    "PaymentIntentCardProcessing",
    "PaymentIntentNextAction",
    "PaymentIntentNextActionAlipayHandleRedirect",
    "PaymentIntentNextActionBoleto",
    "PaymentIntentNextActionCardAwaitNotification",
    "PaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode",
    "PaymentIntentNextActionCashappQrCode",
    "PaymentIntentNextActionDisplayBankTransferInstructions",
    "PaymentIntentNextActionDisplayOxxoDetails",
    "PaymentIntentNextActionKonbini",
    "PaymentIntentNextActionKonbiniFamilymart",
    "PaymentIntentNextActionKonbiniLawson",
    "PaymentIntentNextActionKonbiniMinistop",
    "PaymentIntentNextActionKonbiniSeicomart",
    "PaymentIntentNextActionKonbiniStores",
    "PaymentIntentNextActionPaynowDisplayQrCode",
    "PaymentIntentNextActionPixDisplayQrCode",
    "PaymentIntentNextActionPromptpayDisplayQrCode",
    "PaymentIntentNextActionRedirectToUrl",
    "PaymentIntentNextActionSwishHandleRedirectOrDisplayQrCode",
    "PaymentIntentNextActionSwishQrCode",
    "PaymentIntentNextActionVerifyWithMicrodeposits",
    "PaymentIntentNextActionWechatPayDisplayQrCode",
    "PaymentIntentNextActionWechatPayRedirectToAndroidApp",
    "PaymentIntentNextActionWechatPayRedirectToIosApp",
    "PaymentIntentPaymentMethodOptions",
    "PaymentIntentPaymentMethodOptionsAcssDebit",
    "PaymentIntentPaymentMethodOptionsAuBecsDebit",
    "PaymentIntentPaymentMethodOptionsBlik",
    "PaymentIntentPaymentMethodOptionsCard",
    "PaymentIntentPaymentMethodOptionsEps",
    "PaymentIntentPaymentMethodOptionsLink",
    "PaymentIntentPaymentMethodOptionsMandateOptionsAcssDebit",
    "PaymentIntentPaymentMethodOptionsMandateOptionsSepaDebit",
    "PaymentIntentPaymentMethodOptionsMobilepay",
    "PaymentIntentPaymentMethodOptionsSepaDebit",
    "PaymentIntentPaymentMethodOptionsSwish",
    "PaymentIntentPaymentMethodOptionsUsBankAccount",
    "PaymentIntentProcessing",
    "PaymentIntentProcessingCustomerNotification",
    "PaymentIntentTypeSpecificPaymentMethodOptionsClient",
    "PaymentMethod",
    "PaymentMethodAcssDebit",
    "PaymentMethodAffirm",
    "PaymentMethodAfterpayClearpay",
    "PaymentMethodAmazonPay",
    "PaymentMethodAuBecsDebit",
    "PaymentMethodBacsDebit",
    "PaymentMethodBancontact",
    "PaymentMethodBlik",
    "PaymentMethodBoleto",
    "PaymentMethodCard",
    "PaymentMethodCardChecks",
    "PaymentMethodCardGeneratedCard",
    "PaymentMethodCardPresent",
    "PaymentMethodCardPresentNetworks",
    "PaymentMethodCardWallet",
    "PaymentMethodCardWalletAmexExpressCheckout",
    "PaymentMethodCardWalletApplePay",
    "PaymentMethodCardWalletGooglePay",
    "PaymentMethodCardWalletLink",
    "PaymentMethodCardWalletMasterpass",
    "PaymentMethodCardWalletSamsungPay",
    "PaymentMethodCardWalletVisaCheckout",
    "PaymentMethodCashapp",
    "PaymentMethodConfigBizPaymentMethodConfigurationDetails",
    "PaymentMethodCustomerBalance",
    "PaymentMethodDetails",
    "PaymentMethodDetailsAchCreditTransfer",
    "PaymentMethodDetailsAchDebit",
    "PaymentMethodDetailsAcssDebit",
    "PaymentMethodDetailsAffirm",
    "PaymentMethodDetailsAfterpayClearpay",
    "PaymentMethodDetailsAmazonPay",
    "PaymentMethodDetailsAuBecsDebit",
    "PaymentMethodDetailsBacsDebit",
    "PaymentMethodDetailsBancontact",
    "PaymentMethodDetailsBlik",
    "PaymentMethodDetailsBoleto",
    "PaymentMethodDetailsCard",
    "PaymentMethodDetailsCardChecks",
    "PaymentMethodDetailsCardInstallments",
    "PaymentMethodDetailsCardInstallmentsPlan",
    "PaymentMethodDetailsCardNetworkToken",
    "PaymentMethodDetailsCardPresent",
    "PaymentMethodDetailsCardPresentOffline",
    "PaymentMethodDetailsCardPresentReceipt",
    "PaymentMethodDetailsCardWallet",
    "PaymentMethodDetailsCardWalletAmexExpressCheckout",
    "PaymentMethodDetailsCardWalletApplePay",
    "PaymentMethodDetailsCardWalletGooglePay",
    "PaymentMethodDetailsCardWalletLink",
    "PaymentMethodDetailsCardWalletMasterpass",
    "PaymentMethodDetailsCardWalletSamsungPay",
    "PaymentMethodDetailsCardWalletVisaCheckout",
    "PaymentMethodDetailsCashapp",
    "PaymentMethodDetailsCustomerBalance",
    "PaymentMethodDetailsEps",
    "PaymentMethodDetailsFpx",
    "PaymentMethodDetailsGiropay",
    "PaymentMethodDetailsGrabpay",
    "PaymentMethodDetailsIdeal",
    "PaymentMethodDetailsInteracPresent",
    "PaymentMethodDetailsInteracPresentReceipt",
    "PaymentMethodDetailsKlarna",
    "PaymentMethodDetailsKonbini",
    "PaymentMethodDetailsKonbiniStore",
    "PaymentMethodDetailsLink",
    "PaymentMethodDetailsMobilepay",
    "PaymentMethodDetailsMultibanco",
    "PaymentMethodDetailsOxxo",
    "PaymentMethodDetailsP24",
    "PaymentMethodDetailsPaynow",
    "PaymentMethodDetailsPaypal",
    "PaymentMethodDetailsPix",
    "PaymentMethodDetailsPromptpay",
    "PaymentMethodDetailsRevolutPay",
    "PaymentMethodDetailsSepaDebit",
    "PaymentMethodDetailsSofort",
    "PaymentMethodDetailsStripeAccount",
    "PaymentMethodDetailsSwish",
    "PaymentMethodDetailsUsBankAccount",
    "PaymentMethodDetailsWechat",
    "PaymentMethodDetailsWechatPay",
    "PaymentMethodDetailsZip",
    "PaymentMethodEps",
    "PaymentMethodFpx",
    "PaymentMethodGiropay",
    "PaymentMethodGrabpay",
    "PaymentMethodIdeal",
    "PaymentMethodInteracPresent",
    "PaymentMethodKlarna",
    "PaymentMethodKonbini",
    "PaymentMethodLink",
    "PaymentMethodMobilepay",
    "PaymentMethodOptionsAffirm",
    "PaymentMethodOptionsAfterpayClearpay",
    "PaymentMethodOptionsAlipay",
    "PaymentMethodOptionsAmazonPay",
    "PaymentMethodOptionsBacsDebit",
    "PaymentMethodOptionsBancontact",
    "PaymentMethodOptionsBoleto",
    "PaymentMethodOptionsCardInstallments",
    "PaymentMethodOptionsCardMandateOptions",
    "PaymentMethodOptionsCardPresent",
    "PaymentMethodOptionsCardPresentRouting",
    "PaymentMethodOptionsCashapp",
    "PaymentMethodOptionsCustomerBalance",
    "PaymentMethodOptionsCustomerBalanceBankTransfer",
    "PaymentMethodOptionsCustomerBalanceEuBankAccount",
    "PaymentMethodOptionsFpx",
    "PaymentMethodOptionsGiropay",
    "PaymentMethodOptionsGrabpay",
    "PaymentMethodOptionsIdeal",
    "PaymentMethodOptionsInteracPresent",
    "PaymentMethodOptionsKlarna",
    "PaymentMethodOptionsKonbini",
    "PaymentMethodOptionsOxxo",
    "PaymentMethodOptionsP24",
    "PaymentMethodOptionsPaynow",
    "PaymentMethodOptionsPaypal",
    "PaymentMethodOptionsPix",
    "PaymentMethodOptionsPromptpay",
    "PaymentMethodOptionsRevolutPay",
    "PaymentMethodOptionsSofort",
    "PaymentMethodOptionsUsBankAccountMandateOptions",
    "PaymentMethodOptionsWechatPay",
    "PaymentMethodOptionsZip",
    "PaymentMethodOxxo",
    "PaymentMethodP24",
    "PaymentMethodPaynow",
    "PaymentMethodPaypal",
    "PaymentMethodPix",
    "PaymentMethodPromptpay",
    "PaymentMethodRevolutPay",
    "PaymentMethodSepaDebit",
    "PaymentMethodSofort",
    "PaymentMethodSwish",
    "PaymentMethodUsBankAccount",
    "PaymentMethodUsBankAccountBlocked",
    "PaymentMethodUsBankAccountStatusDetails",
    "PaymentMethodWechatPay",
    "PaymentMethodZip",
    "Payout",
    "PaypalSellerProtection",
    "Person",
    "PersonAdditionalTosAcceptance",
    "PersonAdditionalTosAcceptances",
    "PersonFutureRequirements",
    "PersonRelationship",
    "PersonRequirements",
    "PlatformEarningFeeSource",
    "PlatformTaxFee",
    "PostPaymentIntentsIntentConfirmBodyMandateData",
    "PostPaymentIntentsIntentConfirmBodyMandateData2",
    "PostPaymentIntentsIntentConfirmBodyMandateData2Custobafipelm",
    "PostPaymentIntentsIntentConfirmBodyMandateData2Custoofnhefmf",
    "PostPaymentIntentsIntentConfirmBodyMandateDataCustomghnnnlbc",
    "PostPaymentIntentsIntentConfirmBodyMandateDataCustomjnphngpd",
    "Price",
    "PriceTier",
    "Product",
    "ProductMarketingFeature",
    "PromotionCode",
    "PromotionCodeCurrencyOption",
    "PromotionCodesResourceRestrictions",
    "Quote",
    "QuoteLineItems",
    "QuotesResourceAutomaticTax",
    "QuotesResourceComputed",
    "QuotesResourceFromQuote",
    "QuotesResourceRecurring",
    "QuotesResourceStatusTransitions",
    "QuotesResourceSubscriptionDataSubscriptionData",
    "QuotesResourceTotalDetails",
    "QuotesResourceTotalDetailsResourceBreakdown",
    "QuotesResourceTransferData",
    "QuotesResourceUpfront",
    "QuotesResourceUpfrontLineItems",
    "RadarRadarOptions",
    "RadarReviewResourceLocation",
    "RadarReviewResourceSession",
    "Recurring",
    "Refund",
    "RefundDestinationDetails",
    "RefundDestinationDetailsCard",
    "RefundDestinationDetailsGeneric",
    "RefundNextAction",
    "RefundNextActionDisplayDetails",
    "ReserveTransaction",
    "Review",
    "Rule",
    "SchedulesPhaseAutomaticTax",
    "SepaDebitGeneratedFrom",
    "SetupAttempt",
    "SetupAttemptPaymentMethodDetails",
    "SetupAttemptPaymentMethodDetailsAcssDebit",
    "SetupAttemptPaymentMethodDetailsAmazonPay",
    "SetupAttemptPaymentMethodDetailsAuBecsDebit",
    "SetupAttemptPaymentMethodDetailsBacsDebit",
    "SetupAttemptPaymentMethodDetailsBancontact",
    "SetupAttemptPaymentMethodDetailsBoleto",
    "SetupAttemptPaymentMethodDetailsCard",
    "SetupAttemptPaymentMethodDetailsCardChecks",
    "SetupAttemptPaymentMethodDetailsCardPresent",
    "SetupAttemptPaymentMethodDetailsCardWallet",
    "SetupAttemptPaymentMethodDetailsCashapp",
    "SetupAttemptPaymentMethodDetailsIdeal",
    "SetupAttemptPaymentMethodDetailsKlarna",
    "SetupAttemptPaymentMethodDetailsLink",
    "SetupAttemptPaymentMethodDetailsPaypal",
    "SetupAttemptPaymentMethodDetailsRevolutPay",
    "SetupAttemptPaymentMethodDetailsSepaDebit",
    "SetupAttemptPaymentMethodDetailsSofort",
    "SetupAttemptPaymentMethodDetailsUsBankAccount",
    "SetupIntent",
    "SetupIntentNextAction",
    "SetupIntentNextActionRedirectToUrl",
    "SetupIntentNextActionVerifyWithMicrodeposits",
    "SetupIntentPaymentMethodOptions",
    "SetupIntentPaymentMethodOptionsAcssDebit",
    "SetupIntentPaymentMethodOptionsAmazonPay",
    "SetupIntentPaymentMethodOptionsCard",
    "SetupIntentPaymentMethodOptionsCardMandateOptions",
    "SetupIntentPaymentMethodOptionsCardPresent",
    "SetupIntentPaymentMethodOptionsLink",
    "SetupIntentPaymentMethodOptionsMandateOptionsAcssDebit",
    "SetupIntentPaymentMethodOptionsMandateOptionsSepaDebit",
    "SetupIntentPaymentMethodOptionsPaypal",
    "SetupIntentPaymentMethodOptionsSepaDebit",
    "SetupIntentPaymentMethodOptionsUsBankAccount",
    "SetupIntentTypeSpecificPaymentMethodOptionsClient",
    "Shipping",
    "ShippingRate",
    "ShippingRateCurrencyOption",
    "ShippingRateDeliveryEstimate",
    "ShippingRateDeliveryEstimateBound",
    "ShippingRateFixedAmount",
    "Source",
    "SourceCodeVerificationFlow",
    "SourceOrder",
    "SourceOrderItem",
    "SourceOwner",
    "SourceReceiverFlow",
    "SourceRedirectFlow",
    "SourceTypeAchCreditTransfer",
    "SourceTypeAchDebit",
    "SourceTypeAcssDebit",
    "SourceTypeAlipay",
    "SourceTypeAuBecsDebit",
    "SourceTypeBancontact",
    "SourceTypeCard",
    "SourceTypeCardPresent",
    "SourceTypeEps",
    "SourceTypeGiropay",
    "SourceTypeIdeal",
    "SourceTypeKlarna",
    "SourceTypeMultibanco",
    "SourceTypeP24",
    "SourceTypeSepaDebit",
    "SourceTypeSofort",
    "SourceTypeThreeDSecure",
    "SourceTypeWechat",
    "Subscription",
    "SubscriptionAutomaticTax",
    "SubscriptionBillingThresholds",
    "SubscriptionDetailsData",
    "SubscriptionItem",
    "SubscriptionItemBillingThresholds",
    "SubscriptionItems",
    "SubscriptionPaymentMethodOptionsCard",
    "SubscriptionPendingInvoiceItemInterval",
    "SubscriptionSchedule",
    "SubscriptionScheduleAddInvoiceItem",
    "SubscriptionScheduleConfigurationItem",
    "SubscriptionScheduleCurrentPhase",
    "SubscriptionSchedulePhaseConfiguration",
    "SubscriptionSchedulesResourceDefaultSettings",
    "SubscriptionSchedulesResourceDefaultSettingsAutomaticTax",
    "SubscriptionTransferData",
    "SubscriptionsResourceBillingCycleAnchorConfig",
    "SubscriptionsResourcePauseCollection",
    "SubscriptionsResourcePaymentMethodOptions",
    "SubscriptionsResourcePaymentSettings",
    "SubscriptionsResourcePendingUpdate",
    "SubscriptionsTrialsResourceEndBehavior",
    "SubscriptionsTrialsResourceTrialSettings",
    "TaxCode",
    "TaxDeductedAtSource",
    "TaxIDsOwner",
    "TaxId",
    "TaxIdVerification",
    "TaxRate",
    "TestHelpersTestClock",
    "ThreeDSecureDetails",
    "ThreeDSecureDetailsCharge",
    "ThreeDSecureUsage",
    "TokenCardNetworks",
    "Topup",
    "Transfer",
    "TransferData",
    "TransferReversal",
    "TransferReversals",
    "TransferSchedule",
    "TransformQuantity",
    "UsBankAccountNetworks",
]


class PostPaymentIntentsIntentConfirmBodyMandateData(WireModel, kw_only=True):
    """secret_key_param"""

    customer_acceptance: PostPaymentIntentsIntentConfirmBodyMandateDataCustomghnnnlbc


class PostPaymentIntentsIntentConfirmBodyMandateDataCustomghnnnlbc(WireModel, kw_only=True):
    """customer_acceptance_param"""

    accepted_at: int | None = None
    offline: dict[str, Any] | None = None
    online: PostPaymentIntentsIntentConfirmBodyMandateDataCustomjnphngpd | None = None
    type: str


class PostPaymentIntentsIntentConfirmBodyMandateDataCustomjnphngpd(WireModel, kw_only=True):
    """online_param"""

    ip_address: str
    user_agent: str


class PostPaymentIntentsIntentConfirmBodyMandateData2(WireModel, kw_only=True):
    """This hash contains details about the Mandate to create"""

    customer_acceptance: PostPaymentIntentsIntentConfirmBodyMandateData2Custobafipelm


class PostPaymentIntentsIntentConfirmBodyMandateData2Custobafipelm(WireModel, kw_only=True):
    """customer_acceptance_param"""

    online: PostPaymentIntentsIntentConfirmBodyMandateData2Custoofnhefmf
    type: str


class PostPaymentIntentsIntentConfirmBodyMandateData2Custoofnhefmf(WireModel, kw_only=True):
    """online_param"""

    ip_address: str | None = None
    user_agent: str | None = None


class Customer(WireModel, kw_only=True):
    """This object represents a customer of your business. Use it to create recurring charges and
    track payments that belong to the same customer.

    Related guide: [Save a card during
    payment](https://stripe.com/docs/payments/save-during-payment)
    """

    address: Address | None = None
    balance: int | None = None
    cash_balance: CashBalance | None = None
    created: int
    currency: str | None = None
    default_source: str | BankAccount | Card | Source | None = None
    delinquent: bool | None = None
    description: str | None = None
    discount: Discount | None = None
    email: str | None = None
    id: str
    invoice_credit_balance: dict[str, int] | None = None
    invoice_prefix: str | None = None
    invoice_settings: InvoiceSettingCustomerSetting | None = None
    livemode: bool
    metadata: dict[str, str] | None = None
    name: str | None = None
    next_invoice_sequence: int | None = None
    object: str
    phone: str | None = None
    preferred_locales: list[str] | None = None
    shipping: Shipping | None = None
    sources: CustomerSources | None = None
    subscriptions: CustomerSubscriptions | None = None
    tax: CustomerTax | None = None
    tax_exempt: str | None = None
    tax_ids: CustomerTaxIds | None = None
    test_clock: str | TestHelpersTestClock | None = None


class CustomerSources(WireModel, kw_only=True):
    """The customer's payment sources, if any."""

    data: list[BankAccount | Card | Source]
    has_more: bool
    object: str
    url: str


class CustomerSubscriptions(WireModel, kw_only=True):
    """The customer's current subscriptions, if any."""

    data: list[Subscription]
    has_more: bool
    object: str
    url: str


class CustomerTaxIds(WireModel, kw_only=True):
    """The customer's tax IDs."""

    data: list[TaxId]
    has_more: bool
    object: str
    url: str


class PaymentIntent(WireModel, kw_only=True):
    """A PaymentIntent guides you through the process of collecting a payment from your customer.
    We recommend that you create exactly one PaymentIntent for each order or
    customer session in your system. You can reference the PaymentIntent later to
    see the history of payment attempts for a particular session.

    A PaymentIntent transitions through
    [multiple statuses](https://stripe.com/docs/payments/intents#intent-statuses)
    throughout its lifetime as it interfaces with Stripe.js to perform
    authentication flows and ultimately creates at most one successful charge.

    Related guide: [Payment Intents API](https://stripe.com/docs/payments/payment-intents)
    """

    amount: int
    amount_capturable: int | None = None
    amount_details: PaymentFlowsAmountDetails | None = None
    amount_received: int | None = None
    application: str | Application | None = None
    application_fee_amount: int | None = None
    automatic_payment_methods: PaymentFlowsAutomaticPaymentMethodsPaymentIntent | None = None
    canceled_at: int | None = None
    cancellation_reason: str | None = None
    capture_method: str
    client_secret: str | None = None
    confirmation_method: str
    created: int
    currency: str
    customer: Any = None
    description: str | None = None
    id: str
    invoice: str | Invoice | None = None
    last_payment_error: ApiErrors | None = None
    latest_charge: str | Charge | None = None
    livemode: bool
    metadata: dict[str, str] | None = None
    next_action: PaymentIntentNextAction | None = None
    object: str
    on_behalf_of: str | Account | None = None
    payment_method: str | PaymentMethod | None = None
    payment_method_configuration_details: (
        PaymentMethodConfigBizPaymentMethodConfigurationDetails | None
    ) = None
    payment_method_options: PaymentIntentPaymentMethodOptions | None = None
    payment_method_types: list[str]
    processing: PaymentIntentProcessing | None = None
    receipt_email: str | None = None
    review: str | Review | None = None
    setup_future_usage: str | None = None
    shipping: Shipping | None = None
    statement_descriptor: str | None = None
    statement_descriptor_suffix: str | None = None
    status: str
    transfer_data: TransferData | None = None
    transfer_group: str | None = None


class Refund(WireModel, kw_only=True, tag_field="object", tag="refund"):
    """Refund objects allow you to refund a previously created charge that isn't
    refunded yet. Funds are refunded to the credit or debit card that's
    initially charged.

    Related guide: [Refunds](https://stripe.com/docs/refunds)
    """

    amount: int
    balance_transaction: str | BalanceTransaction | None = None
    charge: str | Charge | None = None
    created: int
    currency: str
    description: str | None = None
    destination_details: RefundDestinationDetails | None = None
    failure_balance_transaction: str | BalanceTransaction | None = None
    failure_reason: str | None = None
    id: str
    instructions_email: str | None = None
    metadata: dict[str, str] | None = None
    next_action: RefundNextAction | None = None
    payment_intent: str | PaymentIntent | None = None
    reason: str | None = None
    receipt_number: str | None = None
    source_transfer_reversal: str | TransferReversal | None = None
    status: str | None = None
    transfer_reversal: str | TransferReversal | None = None


class Address(WireModel, kw_only=True):
    """Address"""

    city: str | None = None
    country: str | None = None
    line1: str | None = None
    line2: str | None = None
    postal_code: str | None = None
    state: str | None = None


class CashBalance(WireModel, kw_only=True):
    """A customer's `Cash balance` represents real funds. Customers can add funds to their cash
    balance by sending a bank transfer. These funds can be used for payment and can eventually be
    paid out to your bank account.
    """

    available: dict[str, int] | None = None
    customer: str
    livemode: bool
    object: str
    settings: CustomerBalanceCustomerBalanceSettings


class BankAccount(WireModel, kw_only=True, tag_field="object", tag="bank_account"):
    """These bank accounts are payment methods on `Customer` objects.

    On the other hand [External Accounts](https://docs.stripe.com/api#external_accounts) are
    transfer
    destinations on `Account` objects for accounts where
    [controller.requirement_collection](https://docs.stripe.com/api/accounts/object#account_object-controller-requirement_collection)
    is `application`, which includes [Custom
    accounts](https://docs.stripe.com/connect/custom-accounts).
    They can be bank accounts or debit cards as well, and are documented in the links above.

    Related guide: [Bank debits and
    transfers](https://docs.stripe.com/payments/bank-debits-transfers)
    """

    account: str | Account | None = None
    account_holder_name: str | None = None
    account_holder_type: str | None = None
    account_type: str | None = None
    available_payout_methods: list[str] | None = None
    bank_name: str | None = None
    country: str
    currency: str
    customer: Any = None
    default_for_currency: bool | None = None
    fingerprint: str | None = None
    future_requirements: ExternalAccountRequirements | None = None
    id: str
    last4: str
    metadata: dict[str, str] | None = None
    requirements: ExternalAccountRequirements | None = None
    routing_number: str | None = None
    status: str


class Card(WireModel, kw_only=True, tag_field="object", tag="card"):
    """You can store multiple cards on a customer in order to charge the customer
    later. You can also store multiple debit cards on a recipient in order to
    transfer to those cards later.

    Related guide: [Card payments with Sources](https://stripe.com/docs/sources/cards)
    """

    account: str | Account | None = None
    address_city: str | None = None
    address_country: str | None = None
    address_line1: str | None = None
    address_line1_check: str | None = None
    address_line2: str | None = None
    address_state: str | None = None
    address_zip: str | None = None
    address_zip_check: str | None = None
    available_payout_methods: list[str] | None = None
    brand: str
    country: str | None = None
    currency: str | None = None
    customer: Any = None
    cvc_check: str | None = None
    default_for_currency: bool | None = None
    dynamic_last4: str | None = None
    exp_month: int
    exp_year: int
    fingerprint: str | None = None
    funding: str
    id: str
    last4: str
    metadata: dict[str, str] | None = None
    name: str | None = None
    networks: TokenCardNetworks | None = None
    status: str | None = None
    tokenization_method: str | None = None


class Source(WireModel, kw_only=True, tag_field="object", tag="source"):
    """`Source` objects allow you to accept a variety of payment methods. They
    represent a customer's payment instrument, and can be used with the Stripe API
    just like a `Card` object: once chargeable, they can be charged, or can be
    attached to customers.

    Stripe doesn't recommend using the deprecated [Sources
    API](https://stripe.com/docs/api/sources).
    We recommend that you adopt the [PaymentMethods
    API](https://stripe.com/docs/api/payment_methods).
    This newer API provides access to our latest features and payment method types.

    Related guides: [Sources API](https://stripe.com/docs/sources) and [Sources &
    Customers](https://stripe.com/docs/sources/customers).
    """

    ach_credit_transfer: SourceTypeAchCreditTransfer | None = None
    ach_debit: SourceTypeAchDebit | None = None
    acss_debit: SourceTypeAcssDebit | None = None
    alipay: SourceTypeAlipay | None = None
    amount: int | None = None
    au_becs_debit: SourceTypeAuBecsDebit | None = None
    bancontact: SourceTypeBancontact | None = None
    card: SourceTypeCard | None = None
    card_present: SourceTypeCardPresent | None = None
    client_secret: str
    code_verification: SourceCodeVerificationFlow | None = None
    created: int
    currency: str | None = None
    customer: str | None = None
    eps: SourceTypeEps | None = None
    flow: str
    giropay: SourceTypeGiropay | None = None
    id: str
    ideal: SourceTypeIdeal | None = None
    klarna: SourceTypeKlarna | None = None
    livemode: bool
    metadata: dict[str, str] | None = None
    multibanco: SourceTypeMultibanco | None = None
    owner: SourceOwner | None = None
    p24: SourceTypeP24 | None = None
    receiver: SourceReceiverFlow | None = None
    redirect: SourceRedirectFlow | None = None
    sepa_debit: SourceTypeSepaDebit | None = None
    sofort: SourceTypeSofort | None = None
    source_order: SourceOrder | None = None
    statement_descriptor: str | None = None
    status: str
    three_d_secure: SourceTypeThreeDSecure | None = None
    type: str
    usage: str | None = None
    wechat: SourceTypeWechat | None = None


class Discount(WireModel, kw_only=True):
    """A discount represents the actual application of a
    [coupon](https://stripe.com/docs/api#coupons) or [promotion
    code](https://stripe.com/docs/api#promotion_codes).
    It contains information about when the discount began, when it will end, and what it is
    applied to.

    Related guide: [Applying discounts to
    subscriptions](https://stripe.com/docs/billing/subscriptions/discounts)
    """

    checkout_session: str | None = None
    coupon: Coupon
    customer: Any = None
    end: int | None = None
    id: str
    invoice: str | None = None
    invoice_item: str | None = None
    object: str
    promotion_code: str | PromotionCode | None = None
    start: int
    subscription: str | None = None
    subscription_item: str | None = None


class InvoiceSettingCustomerSetting(WireModel, kw_only=True):
    """InvoiceSettingCustomerSetting"""

    custom_fields: list[InvoiceSettingCustomField] | None = None
    default_payment_method: str | PaymentMethod | None = None
    footer: str | None = None
    rendering_options: InvoiceSettingCustomerRenderingOptions | None = None


class Shipping(WireModel, kw_only=True):
    """Shipping"""

    address: Address | None = None
    carrier: str | None = None
    name: str | None = None
    phone: str | None = None
    tracking_number: str | None = None


class Subscription(WireModel, kw_only=True):
    """Subscriptions allow you to charge a customer on a recurring basis.

    Related guide: [Creating
    subscriptions](https://stripe.com/docs/billing/subscriptions/creating)
    """

    application: Any = None
    application_fee_percent: float | None = None
    automatic_tax: SubscriptionAutomaticTax
    billing_cycle_anchor: int
    billing_cycle_anchor_config: SubscriptionsResourceBillingCycleAnchorConfig | None = None
    billing_thresholds: SubscriptionBillingThresholds | None = None
    cancel_at: int | None = None
    cancel_at_period_end: bool
    canceled_at: int | None = None
    cancellation_details: CancellationDetails | None = None
    collection_method: str
    created: int
    currency: str
    current_period_end: int
    current_period_start: int
    customer: Any
    days_until_due: int | None = None
    default_payment_method: str | PaymentMethod | None = None
    default_source: str | BankAccount | Card | Source | None = None
    default_tax_rates: list[TaxRate] | None = None
    description: str | None = None
    discount: Discount | None = None
    discounts: list[str | Discount]
    ended_at: int | None = None
    id: str
    items: SubscriptionItems
    latest_invoice: str | Invoice | None = None
    livemode: bool
    metadata: dict[str, str]
    next_pending_invoice_item_invoice: int | None = None
    object: str
    on_behalf_of: str | Account | None = None
    pause_collection: SubscriptionsResourcePauseCollection | None = None
    payment_settings: SubscriptionsResourcePaymentSettings | None = None
    pending_invoice_item_interval: SubscriptionPendingInvoiceItemInterval | None = None
    pending_setup_intent: str | SetupIntent | None = None
    pending_update: SubscriptionsResourcePendingUpdate | None = None
    schedule: str | SubscriptionSchedule | None = None
    start_date: int
    status: str
    test_clock: str | TestHelpersTestClock | None = None
    transfer_data: SubscriptionTransferData | None = None
    trial_end: int | None = None
    trial_settings: SubscriptionsTrialsResourceTrialSettings | None = None
    trial_start: int | None = None


class SubscriptionItems(WireModel, kw_only=True):
    """List of subscription items, each with an attached price."""

    data: list[SubscriptionItem]
    has_more: bool
    object: str
    url: str


class CustomerTax(WireModel, kw_only=True):
    """CustomerTax"""

    automatic_tax: str
    ip_address: str | None = None
    location: CustomerTaxLocation | None = None


class TaxId(WireModel, kw_only=True):
    """You can add one or multiple tax IDs to a [customer](https://stripe.com/docs/api/customers) or
    account.
    Customer and account tax IDs get displayed on related invoices and credit notes.

    Related guides: [Customer tax identification
    numbers](https://stripe.com/docs/billing/taxes/tax-ids), [Account tax
    IDs](https://stripe.com/docs/invoicing/connect#account-tax-ids)
    """

    country: str | None = None
    created: int
    customer: str | Customer | None = None
    id: str
    livemode: bool
    object: str
    owner: TaxIDsOwner | None = None
    type: str
    value: str
    verification: TaxIdVerification | None = None


class TestHelpersTestClock(WireModel, kw_only=True):
    """A test clock enables deterministic control over objects in testmode. With a test clock, you
    can create
    objects at a frozen time in the past or future, and advance to a specific future time to
    observe webhooks and state changes. After the clock advances,
    you can either validate the current state of your scenario (and test your assumptions),
    change the current state of your scenario (and test more complex scenarios), or keep
    advancing forward in time.
    """

    created: int
    deletes_after: int
    frozen_time: int
    id: str
    livemode: bool
    name: str | None = None
    object: str
    status: str


class PaymentFlowsAmountDetails(WireModel, kw_only=True):
    """PaymentFlowsAmountDetails"""

    tip: PaymentFlowsAmountDetailsResourceTip | None = None


class Application(WireModel, kw_only=True):
    """Application"""

    id: str
    name: str | None = None
    object: str


class PaymentFlowsAutomaticPaymentMethodsPaymentIntent(WireModel, kw_only=True):
    """PaymentFlowsAutomaticPaymentMethodsPaymentIntent"""

    allow_redirects: str | None = None
    enabled: bool


class Invoice(WireModel, kw_only=True):
    """Invoices are statements of amounts owed by a customer, and are either
    generated one-off, or generated periodically from a subscription.

    They contain [invoice items](https://stripe.com/docs/api#invoiceitems), and proration
    adjustments
    that may be caused by subscription upgrades/downgrades (if necessary).

    If your invoice is configured to be billed through automatic charges,
    Stripe automatically finalizes your invoice and attempts payment. Note
    that finalizing the invoice,
    [when
    automatic](https://stripe.com/docs/invoicing/integration/automatic-advancement-collection),
    does
    not happen immediately as the invoice is created. Stripe waits
    until one hour after the last webhook was successfully sent (or the last
    webhook timed out after failing). If you (and the platforms you may have
    connected to) have no webhooks configured, Stripe waits one hour after
    creation to finalize the invoice.

    If your invoice is configured to be billed by sending an email, then based on your
    [email settings](https://dashboard.stripe.com/account/billing/automatic),
    Stripe will email the invoice to your customer and await payment. These
    emails can contain a link to a hosted page to pay the invoice.

    Stripe applies any customer credit on the account before determining the
    amount due for the invoice (i.e., the amount that will be actually
    charged). If the amount due for the invoice is less than Stripe's [minimum allowed charge
    per currency](https://docs.stripe.com/docs/currencies#minimum-and-maximum-charge-amounts),
    the
    invoice is automatically marked paid, and we add the amount due to the
    customer's credit balance which is applied to the next invoice.

    More details on the customer's credit balance are
    [here](https://stripe.com/docs/billing/customer/balance).

    Related guide: [Send invoices to customers](https://stripe.com/docs/billing/invoices/sending)
    """

    account_country: str | None = None
    account_name: str | None = None
    account_tax_ids: list[Any] | None = None
    amount_due: int
    amount_paid: int
    amount_remaining: int
    amount_shipping: int
    application: Any = None
    application_fee_amount: int | None = None
    attempt_count: int
    attempted: bool
    auto_advance: bool | None = None
    automatic_tax: AutomaticTax
    billing_reason: str | None = None
    charge: str | Charge | None = None
    collection_method: str
    created: int
    currency: str
    custom_fields: list[InvoiceSettingCustomField] | None = None
    customer: Any = None
    customer_address: Address | None = None
    customer_email: str | None = None
    customer_name: str | None = None
    customer_phone: str | None = None
    customer_shipping: Shipping | None = None
    customer_tax_exempt: str | None = None
    customer_tax_ids: list[InvoicesResourceInvoiceTaxId] | None = None
    default_payment_method: str | PaymentMethod | None = None
    default_source: str | BankAccount | Card | Source | None = None
    default_tax_rates: list[TaxRate]
    description: str | None = None
    discount: Discount | None = None
    discounts: list[Any]
    due_date: int | None = None
    effective_at: int | None = None
    ending_balance: int | None = None
    footer: str | None = None
    from_invoice: InvoicesResourceFromInvoice | None = None
    hosted_invoice_url: str | None = None
    id: str | None = None
    invoice_pdf: str | None = None
    issuer: ConnectAccountReference
    last_finalization_error: ApiErrors | None = None
    latest_revision: str | Invoice | None = None
    lines: InvoiceLines
    livemode: bool
    metadata: dict[str, str] | None = None
    next_payment_attempt: int | None = None
    number: str | None = None
    object: str
    on_behalf_of: str | Account | None = None
    paid: bool
    paid_out_of_band: bool
    payment_intent: str | PaymentIntent | None = None
    payment_settings: InvoicesPaymentSettings
    period_end: int
    period_start: int
    post_payment_credit_notes_amount: int
    pre_payment_credit_notes_amount: int
    quote: str | Quote | None = None
    receipt_number: str | None = None
    rendering: InvoicesResourceInvoiceRendering | None = None
    shipping_cost: InvoicesResourceShippingCost | None = None
    shipping_details: Shipping | None = None
    starting_balance: int
    statement_descriptor: str | None = None
    status: str | None = None
    status_transitions: InvoicesResourceStatusTransitions
    subscription: str | Subscription | None = None
    subscription_details: SubscriptionDetailsData | None = None
    subscription_proration_date: int | None = None
    subtotal: int
    subtotal_excluding_tax: int | None = None
    tax: int | None = None
    test_clock: str | TestHelpersTestClock | None = None
    threshold_reason: InvoiceThresholdReason | None = None
    total: int
    total_discount_amounts: list[DiscountsResourceDiscountAmount] | None = None
    total_excluding_tax: int | None = None
    total_tax_amounts: list[InvoiceTaxAmount]
    transfer_data: InvoiceTransferData | None = None
    webhooks_delivered_at: int | None = None


class InvoiceLines(WireModel, kw_only=True):
    """The individual line items that make up the invoice. `lines` is sorted as follows: (1) pending
    invoice items (including prorations) in reverse chronological order, (2) subscription items
    in reverse chronological order, and (3) invoice items added after invoice creation in
    chronological order.
    """

    data: list[LineItem]
    has_more: bool
    object: str
    url: str


class ApiErrors(WireModel, kw_only=True):
    """APIErrors"""

    charge: str | None = None
    code: str | None = None
    decline_code: str | None = None
    doc_url: str | None = None
    message: str | None = None
    param: str | None = None
    payment_intent: PaymentIntent | None = None
    payment_method: PaymentMethod | None = None
    payment_method_type: str | None = None
    request_log_url: str | None = None
    setup_intent: SetupIntent | None = None
    source: BankAccount | Card | Source | None = None
    type: str


class Charge(WireModel, kw_only=True, tag_field="object", tag="charge"):
    """The `Charge` object represents a single attempt to move money into your Stripe account.
    PaymentIntent confirmation is the most common way to create Charges, but transferring
    money to a different Stripe account through Connect also creates Charges.
    Some legacy payment flows create Charges directly, which is not recommended for new
    integrations.
    """

    amount: int
    amount_captured: int
    amount_refunded: int
    application: str | Application | None = None
    application_fee: str | ApplicationFee | None = None
    application_fee_amount: int | None = None
    balance_transaction: str | BalanceTransaction | None = None
    billing_details: BillingDetails
    calculated_statement_descriptor: str | None = None
    captured: bool
    created: int
    currency: str
    customer: Any = None
    description: str | None = None
    disputed: bool
    failure_balance_transaction: str | BalanceTransaction | None = None
    failure_code: str | None = None
    failure_message: str | None = None
    fraud_details: ChargeFraudDetails | None = None
    id: str
    invoice: str | Invoice | None = None
    livemode: bool
    metadata: dict[str, str]
    on_behalf_of: str | Account | None = None
    outcome: ChargeOutcome | None = None
    paid: bool
    payment_intent: str | PaymentIntent | None = None
    payment_method: str | None = None
    payment_method_details: PaymentMethodDetails | None = None
    radar_options: RadarRadarOptions | None = None
    receipt_email: str | None = None
    receipt_number: str | None = None
    receipt_url: str | None = None
    refunded: bool
    refunds: ChargeRefunds | None = None
    review: str | Review | None = None
    shipping: Shipping | None = None
    source_transfer: str | Transfer | None = None
    statement_descriptor: str | None = None
    statement_descriptor_suffix: str | None = None
    status: str
    transfer: str | Transfer | None = None
    transfer_data: ChargeTransferData | None = None
    transfer_group: str | None = None


class ChargeRefunds(WireModel, kw_only=True):
    """A list of refunds that have been applied to the charge."""

    data: list[Refund]
    has_more: bool
    object: str
    url: str


class PaymentIntentNextAction(WireModel, kw_only=True):
    """PaymentIntentNextAction"""

    alipay_handle_redirect: PaymentIntentNextActionAlipayHandleRedirect | None = None
    boleto_display_details: PaymentIntentNextActionBoleto | None = None
    card_await_notification: PaymentIntentNextActionCardAwaitNotification | None = None
    cashapp_handle_redirect_or_display_qr_code: (
        PaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode | None
    ) = None
    display_bank_transfer_instructions: (
        PaymentIntentNextActionDisplayBankTransferInstructions | None
    ) = None
    konbini_display_details: PaymentIntentNextActionKonbini | None = None
    oxxo_display_details: PaymentIntentNextActionDisplayOxxoDetails | None = None
    paynow_display_qr_code: PaymentIntentNextActionPaynowDisplayQrCode | None = None
    pix_display_qr_code: PaymentIntentNextActionPixDisplayQrCode | None = None
    promptpay_display_qr_code: PaymentIntentNextActionPromptpayDisplayQrCode | None = None
    redirect_to_url: PaymentIntentNextActionRedirectToUrl | None = None
    swish_handle_redirect_or_display_qr_code: (
        PaymentIntentNextActionSwishHandleRedirectOrDisplayQrCode | None
    ) = None
    type: str
    use_stripe_sdk: dict[str, Any] | None = None
    verify_with_microdeposits: PaymentIntentNextActionVerifyWithMicrodeposits | None = None
    wechat_pay_display_qr_code: PaymentIntentNextActionWechatPayDisplayQrCode | None = None
    wechat_pay_redirect_to_android_app: (
        PaymentIntentNextActionWechatPayRedirectToAndroidApp | None
    ) = None
    wechat_pay_redirect_to_ios_app: PaymentIntentNextActionWechatPayRedirectToIosApp | None = None


class Account(WireModel, kw_only=True):
    """This is an object representing a Stripe account. You can retrieve it to see
    properties on the account like its current requirements or if the account is
    enabled to make live charges or receive payouts.

    For accounts where
    [controller.requirement_collection](https://docs.stripe.com/api/accounts/object#account_object-controller-requirement_collection)
    is `application`, which includes Custom accounts, the properties below are always
    returned.

    For accounts where
    [controller.requirement_collection](https://docs.stripe.com/api/accounts/object#account_object-controller-requirement_collection)
    is `stripe`, which includes Standard and Express accounts, some properties are only returned
    until you create an [Account Link](https://docs.stripe.com/api/account_links) or [Account
    Session](https://docs.stripe.com/api/account_sessions)
    to start Connect Onboarding. Learn about the [differences between
    accounts](https://docs.stripe.com/connect/accounts).
    """

    business_profile: AccountBusinessProfile | None = None
    business_type: str | None = None
    capabilities: AccountCapabilities | None = None
    charges_enabled: bool | None = None
    company: LegalEntityCompany | None = None
    controller: AccountUnificationAccountController | None = None
    country: str | None = None
    created: int | None = None
    default_currency: str | None = None
    details_submitted: bool | None = None
    email: str | None = None
    external_accounts: AccountExternalAccounts | None = None
    future_requirements: AccountFutureRequirements | None = None
    id: str
    individual: Person | None = None
    metadata: dict[str, str] | None = None
    object: str
    payouts_enabled: bool | None = None
    requirements: AccountRequirements | None = None
    settings: AccountSettings | None = None
    tos_acceptance: AccountTosAcceptance | None = None
    type: str | None = None


class AccountExternalAccounts(WireModel, kw_only=True):
    """External accounts (bank accounts and debit cards) currently attached to this account.
    External accounts are only returned for requests where `controller[is_controller]` is true.
    """

    data: list[BankAccount | Card]
    has_more: bool
    object: str
    url: str


class PaymentMethod(WireModel, kw_only=True):
    """PaymentMethod objects represent your customer's payment instruments.
    You can use them with [PaymentIntents](https://stripe.com/docs/payments/payment-intents) to
    collect payments or save them to
    Customer objects to store instrument details for future payments.

    Related guides: [Payment Methods](https://stripe.com/docs/payments/payment-methods) and [More
    Payment Scenarios](https://stripe.com/docs/payments/more-payment-scenarios).
    """

    acss_debit: PaymentMethodAcssDebit | None = None
    affirm: PaymentMethodAffirm | None = None
    afterpay_clearpay: PaymentMethodAfterpayClearpay | None = None
    alipay: PaymentFlowsPrivatePaymentMethodsAlipay | None = None
    allow_redisplay: str | None = None
    amazon_pay: PaymentMethodAmazonPay | None = None
    au_becs_debit: PaymentMethodAuBecsDebit | None = None
    bacs_debit: PaymentMethodBacsDebit | None = None
    bancontact: PaymentMethodBancontact | None = None
    billing_details: BillingDetails
    blik: PaymentMethodBlik | None = None
    boleto: PaymentMethodBoleto | None = None
    card: PaymentMethodCard | None = None
    card_present: PaymentMethodCardPresent | None = None
    cashapp: PaymentMethodCashapp | None = None
    created: int
    customer: str | Customer | None = None
    customer_balance: PaymentMethodCustomerBalance | None = None
    eps: PaymentMethodEps | None = None
    fpx: PaymentMethodFpx | None = None
    giropay: PaymentMethodGiropay | None = None
    grabpay: PaymentMethodGrabpay | None = None
    id: str
    ideal: PaymentMethodIdeal | None = None
    interac_present: PaymentMethodInteracPresent | None = None
    klarna: PaymentMethodKlarna | None = None
    konbini: PaymentMethodKonbini | None = None
    link: PaymentMethodLink | None = None
    livemode: bool
    metadata: dict[str, str] | None = None
    mobilepay: PaymentMethodMobilepay | None = None
    object: str
    oxxo: PaymentMethodOxxo | None = None
    p24: PaymentMethodP24 | None = None
    paynow: PaymentMethodPaynow | None = None
    paypal: PaymentMethodPaypal | None = None
    pix: PaymentMethodPix | None = None
    promptpay: PaymentMethodPromptpay | None = None
    radar_options: RadarRadarOptions | None = None
    revolut_pay: PaymentMethodRevolutPay | None = None
    sepa_debit: PaymentMethodSepaDebit | None = None
    sofort: PaymentMethodSofort | None = None
    swish: PaymentMethodSwish | None = None
    type: str
    us_bank_account: PaymentMethodUsBankAccount | None = None
    wechat_pay: PaymentMethodWechatPay | None = None
    zip: PaymentMethodZip | None = None


class PaymentMethodConfigBizPaymentMethodConfigurationDetails(WireModel, kw_only=True):
    """PaymentMethodConfigBizPaymentMethodConfigurationDetails"""

    id: str
    parent: str | None = None


class PaymentIntentPaymentMethodOptions(WireModel, kw_only=True):
    """PaymentIntentPaymentMethodOptions"""

    acss_debit: dict[str, Any] | None = None
    affirm: dict[str, Any] | None = None
    afterpay_clearpay: dict[str, Any] | None = None
    alipay: dict[str, Any] | None = None
    amazon_pay: dict[str, Any] | None = None
    au_becs_debit: dict[str, Any] | None = None
    bacs_debit: dict[str, Any] | None = None
    bancontact: dict[str, Any] | None = None
    blik: dict[str, Any] | None = None
    boleto: dict[str, Any] | None = None
    card: dict[str, Any] | None = None
    card_present: dict[str, Any] | None = None
    cashapp: dict[str, Any] | None = None
    customer_balance: dict[str, Any] | None = None
    eps: dict[str, Any] | None = None
    fpx: dict[str, Any] | None = None
    giropay: dict[str, Any] | None = None
    grabpay: dict[str, Any] | None = None
    ideal: dict[str, Any] | None = None
    interac_present: dict[str, Any] | None = None
    klarna: dict[str, Any] | None = None
    konbini: dict[str, Any] | None = None
    link: dict[str, Any] | None = None
    mobilepay: dict[str, Any] | None = None
    oxxo: dict[str, Any] | None = None
    p24: dict[str, Any] | None = None
    paynow: dict[str, Any] | None = None
    paypal: dict[str, Any] | None = None
    pix: dict[str, Any] | None = None
    promptpay: dict[str, Any] | None = None
    revolut_pay: dict[str, Any] | None = None
    sepa_debit: dict[str, Any] | None = None
    sofort: dict[str, Any] | None = None
    swish: dict[str, Any] | None = None
    us_bank_account: dict[str, Any] | None = None
    wechat_pay: dict[str, Any] | None = None
    zip: dict[str, Any] | None = None


class PaymentIntentProcessing(WireModel, kw_only=True):
    """PaymentIntentProcessing"""

    card: PaymentIntentCardProcessing | None = None
    type: str


class Review(WireModel, kw_only=True):
    """Reviews can be used to supplement automated fraud detection with human expertise.

    Learn more about [Radar](https://docs.stripe.com/radar) and reviewing payments
    [here](https://stripe.com/docs/radar/reviews).
    """

    billing_zip: str | None = None
    charge: str | Charge | None = None
    closed_reason: str | None = None
    created: int
    id: str
    ip_address: str | None = None
    ip_address_location: RadarReviewResourceLocation | None = None
    livemode: bool
    object: str
    open: bool
    opened_reason: str
    payment_intent: str | PaymentIntent | None = None
    reason: str
    session: RadarReviewResourceSession | None = None


class TransferData(WireModel, kw_only=True):
    """transfer_data"""

    amount: int | None = None
    destination: str | Account


class BalanceTransaction(WireModel, kw_only=True):
    """Balance transactions represent funds moving through your Stripe account.
    Stripe creates them for every type of transaction that enters or leaves your Stripe account
    balance.

    Related guide: [Balance transaction
    types](https://stripe.com/docs/reports/balance-transaction-types)
    """

    amount: int
    available_on: int
    created: int
    currency: str
    description: str | None = None
    exchange_rate: float | None = None
    fee: int
    fee_details: list[Fee]
    id: str
    net: int
    object: str
    reporting_category: str
    source: (
        str
        | ApplicationFee
        | Charge
        | ConnectCollectionTransfer
        | CustomerCashBalanceTransaction
        | Dispute
        | FeeRefund
        | IssuingAuthorization
        | IssuingDispute
        | IssuingTransaction
        | Payout
        | PlatformTaxFee
        | Refund
        | ReserveTransaction
        | TaxDeductedAtSource
        | Topup
        | Transfer
        | TransferReversal
        | None
    ) = None
    status: str
    type: str


class RefundDestinationDetails(WireModel, kw_only=True):
    """refund_destination_details"""

    affirm: DestinationDetailsUnimplemented | None = None
    afterpay_clearpay: DestinationDetailsUnimplemented | None = None
    alipay: DestinationDetailsUnimplemented | None = None
    amazon_pay: DestinationDetailsUnimplemented | None = None
    au_bank_transfer: DestinationDetailsUnimplemented | None = None
    blik: RefundDestinationDetailsGeneric | None = None
    br_bank_transfer: RefundDestinationDetailsGeneric | None = None
    card: RefundDestinationDetailsCard | None = None
    cashapp: DestinationDetailsUnimplemented | None = None
    customer_cash_balance: DestinationDetailsUnimplemented | None = None
    eps: DestinationDetailsUnimplemented | None = None
    eu_bank_transfer: RefundDestinationDetailsGeneric | None = None
    gb_bank_transfer: RefundDestinationDetailsGeneric | None = None
    giropay: DestinationDetailsUnimplemented | None = None
    grabpay: DestinationDetailsUnimplemented | None = None
    jp_bank_transfer: RefundDestinationDetailsGeneric | None = None
    klarna: DestinationDetailsUnimplemented | None = None
    mx_bank_transfer: RefundDestinationDetailsGeneric | None = None
    p24: RefundDestinationDetailsGeneric | None = None
    paynow: DestinationDetailsUnimplemented | None = None
    paypal: DestinationDetailsUnimplemented | None = None
    pix: DestinationDetailsUnimplemented | None = None
    revolut: DestinationDetailsUnimplemented | None = None
    sofort: DestinationDetailsUnimplemented | None = None
    swish: RefundDestinationDetailsGeneric | None = None
    th_bank_transfer: RefundDestinationDetailsGeneric | None = None
    type: str
    us_bank_transfer: RefundDestinationDetailsGeneric | None = None
    wechat_pay: DestinationDetailsUnimplemented | None = None
    zip: DestinationDetailsUnimplemented | None = None


class RefundNextAction(WireModel, kw_only=True):
    """RefundNextAction"""

    display_details: RefundNextActionDisplayDetails | None = None
    type: str


class TransferReversal(WireModel, kw_only=True, tag_field="object", tag="transfer_reversal"):
    """[Stripe Connect](https://stripe.com/docs/connect) platforms can reverse transfers made to a
    connected account, either entirely or partially, and can also specify whether
    to refund any related application fees. Transfer reversals add to the
    platform's balance and subtract from the destination account's balance.

    Reversing a transfer that was made for a [destination
    charge](https://docs.stripe.com/docs/connect/destination-charges) is allowed only up to the
    amount of
    the charge. It is possible to reverse a
    [transfer_group](https://stripe.com/docs/connect/separate-charges-and-transfers#transfer-options)
    transfer only if the destination account has enough balance to cover the
    reversal.

    Related guide: [Reverse
    transfers](https://stripe.com/docs/connect/separate-charges-and-transfers#reverse-transfers)
    """

    amount: int
    balance_transaction: str | BalanceTransaction | None = None
    created: int
    currency: str
    destination_payment_refund: str | Refund | None = None
    id: str
    metadata: dict[str, str] | None = None
    source_refund: str | Refund | None = None
    transfer: str | Transfer


class CustomerBalanceCustomerBalanceSettings(WireModel, kw_only=True):
    """CustomerBalanceCustomerBalanceSettings"""

    reconciliation_mode: str
    using_merchant_default: bool


class ExternalAccountRequirements(WireModel, kw_only=True):
    """ExternalAccountRequirements"""

    currently_due: list[str] | None = None
    errors: list[AccountRequirementsError] | None = None
    past_due: list[str] | None = None
    pending_verification: list[str] | None = None


class TokenCardNetworks(WireModel, kw_only=True):
    """token_card_networks"""

    preferred: str | None = None


class SourceTypeAchCreditTransfer(WireModel, kw_only=True):
    account_number: str | None = None
    bank_name: str | None = None
    fingerprint: str | None = None
    refund_account_holder_name: str | None = None
    refund_account_holder_type: str | None = None
    refund_routing_number: str | None = None
    routing_number: str | None = None
    swift_code: str | None = None


class SourceTypeAchDebit(WireModel, kw_only=True):
    bank_name: str | None = None
    country: str | None = None
    fingerprint: str | None = None
    last4: str | None = None
    routing_number: str | None = None
    type: str | None = None


class SourceTypeAcssDebit(WireModel, kw_only=True):
    bank_address_city: str | None = None
    bank_address_line_1: str | None = None
    bank_address_line_2: str | None = None
    bank_address_postal_code: str | None = None
    bank_name: str | None = None
    category: str | None = None
    country: str | None = None
    fingerprint: str | None = None
    last4: str | None = None
    routing_number: str | None = None


class SourceTypeAlipay(WireModel, kw_only=True):
    data_string: str | None = None
    native_url: str | None = None
    statement_descriptor: str | None = None


class SourceTypeAuBecsDebit(WireModel, kw_only=True):
    bsb_number: str | None = None
    fingerprint: str | None = None
    last4: str | None = None


class SourceTypeBancontact(WireModel, kw_only=True):
    bank_code: str | None = None
    bank_name: str | None = None
    bic: str | None = None
    iban_last4: str | None = None
    preferred_language: str | None = None
    statement_descriptor: str | None = None


class SourceTypeCard(WireModel, kw_only=True):
    address_line1_check: str | None = None
    address_zip_check: str | None = None
    brand: str | None = None
    country: str | None = None
    cvc_check: str | None = None
    dynamic_last4: str | None = None
    exp_month: int | None = None
    exp_year: int | None = None
    fingerprint: str | None = None
    funding: str | None = None
    last4: str | None = None
    name: str | None = None
    three_d_secure: str | None = None
    tokenization_method: str | None = None


class SourceTypeCardPresent(WireModel, kw_only=True):
    application_cryptogram: str | None = None
    application_preferred_name: str | None = None
    authorization_code: str | None = None
    authorization_response_code: str | None = None
    brand: str | None = None
    country: str | None = None
    cvm_type: str | None = None
    data_type: str | None = None
    dedicated_file_name: str | None = None
    emv_auth_data: str | None = None
    evidence_customer_signature: str | None = None
    evidence_transaction_certificate: str | None = None
    exp_month: int | None = None
    exp_year: int | None = None
    fingerprint: str | None = None
    funding: str | None = None
    last4: str | None = None
    pos_device_id: str | None = None
    pos_entry_mode: str | None = None
    read_method: str | None = None
    reader: str | None = None
    terminal_verification_results: str | None = None
    transaction_status_information: str | None = None


class SourceCodeVerificationFlow(WireModel, kw_only=True):
    """SourceCodeVerificationFlow"""

    attempts_remaining: int
    status: str


class SourceTypeEps(WireModel, kw_only=True):
    reference: str | None = None
    statement_descriptor: str | None = None


class SourceTypeGiropay(WireModel, kw_only=True):
    bank_code: str | None = None
    bank_name: str | None = None
    bic: str | None = None
    statement_descriptor: str | None = None


class SourceTypeIdeal(WireModel, kw_only=True):
    bank: str | None = None
    bic: str | None = None
    iban_last4: str | None = None
    statement_descriptor: str | None = None


class SourceTypeKlarna(WireModel, kw_only=True):
    background_image_url: str | None = None
    client_token: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    locale: str | None = None
    logo_url: str | None = None
    page_title: str | None = None
    pay_later_asset_urls_descriptive: str | None = None
    pay_later_asset_urls_standard: str | None = None
    pay_later_name: str | None = None
    pay_later_redirect_url: str | None = None
    pay_now_asset_urls_descriptive: str | None = None
    pay_now_asset_urls_standard: str | None = None
    pay_now_name: str | None = None
    pay_now_redirect_url: str | None = None
    pay_over_time_asset_urls_descriptive: str | None = None
    pay_over_time_asset_urls_standard: str | None = None
    pay_over_time_name: str | None = None
    pay_over_time_redirect_url: str | None = None
    payment_method_categories: str | None = None
    purchase_country: str | None = None
    purchase_type: str | None = None
    redirect_url: str | None = None
    shipping_delay: int | None = None
    shipping_first_name: str | None = None
    shipping_last_name: str | None = None


class SourceTypeMultibanco(WireModel, kw_only=True):
    entity: str | None = None
    reference: str | None = None
    refund_account_holder_address_city: str | None = None
    refund_account_holder_address_country: str | None = None
    refund_account_holder_address_line1: str | None = None
    refund_account_holder_address_line2: str | None = None
    refund_account_holder_address_postal_code: str | None = None
    refund_account_holder_address_state: str | None = None
    refund_account_holder_name: str | None = None
    refund_iban: str | None = None


class SourceOwner(WireModel, kw_only=True):
    """SourceOwner"""

    address: Address | None = None
    email: str | None = None
    name: str | None = None
    phone: str | None = None
    verified_address: Address | None = None
    verified_email: str | None = None
    verified_name: str | None = None
    verified_phone: str | None = None


class SourceTypeP24(WireModel, kw_only=True):
    reference: str | None = None


class SourceReceiverFlow(WireModel, kw_only=True):
    """SourceReceiverFlow"""

    address: str | None = None
    amount_charged: int
    amount_received: int
    amount_returned: int
    refund_attributes_method: str
    refund_attributes_status: str


class SourceRedirectFlow(WireModel, kw_only=True):
    """SourceRedirectFlow"""

    failure_reason: str | None = None
    return_url: str
    status: str
    url: str


class SourceTypeSepaDebit(WireModel, kw_only=True):
    bank_code: str | None = None
    branch_code: str | None = None
    country: str | None = None
    fingerprint: str | None = None
    last4: str | None = None
    mandate_reference: str | None = None
    mandate_url: str | None = None


class SourceTypeSofort(WireModel, kw_only=True):
    bank_code: str | None = None
    bank_name: str | None = None
    bic: str | None = None
    country: str | None = None
    iban_last4: str | None = None
    preferred_language: str | None = None
    statement_descriptor: str | None = None


class SourceOrder(WireModel, kw_only=True):
    """SourceOrder"""

    amount: int
    currency: str
    email: str | None = None
    items: list[SourceOrderItem] | None = None
    shipping: Shipping | None = None


class SourceTypeThreeDSecure(WireModel, kw_only=True):
    address_line1_check: str | None = None
    address_zip_check: str | None = None
    authenticated: bool | None = None
    brand: str | None = None
    card: str | None = None
    country: str | None = None
    customer: str | None = None
    cvc_check: str | None = None
    dynamic_last4: str | None = None
    exp_month: int | None = None
    exp_year: int | None = None
    fingerprint: str | None = None
    funding: str | None = None
    last4: str | None = None
    name: str | None = None
    three_d_secure: str | None = None
    tokenization_method: str | None = None


class SourceTypeWechat(WireModel, kw_only=True):
    prepay_id: str | None = None
    qr_code_url: str | None = None
    statement_descriptor: str | None = None


class Coupon(WireModel, kw_only=True):
    """A coupon contains information about a percent-off or amount-off discount you
    might want to apply to a customer. Coupons may be applied to
    [subscriptions](https://stripe.com/docs/api#subscriptions),
    [invoices](https://stripe.com/docs/api#invoices),
    [checkout sessions](https://stripe.com/docs/api/checkout/sessions),
    [quotes](https://stripe.com/docs/api#quotes), and more. Coupons do not work with conventional
    one-off [charges](https://stripe.com/docs/api#create_charge) or [payment
    intents](https://stripe.com/docs/api/payment_intents).
    """

    amount_off: int | None = None
    applies_to: CouponAppliesTo | None = None
    created: int
    currency: str | None = None
    currency_options: dict[str, CouponCurrencyOption] | None = None
    duration: str
    duration_in_months: int | None = None
    id: str
    livemode: bool
    max_redemptions: int | None = None
    metadata: dict[str, str] | None = None
    name: str | None = None
    object: str
    percent_off: float | None = None
    redeem_by: int | None = None
    times_redeemed: int
    valid: bool


class PromotionCode(WireModel, kw_only=True):
    """A Promotion Code represents a customer-redeemable code for a
    [coupon](https://stripe.com/docs/api#coupons). It can be used to
    create multiple codes for a single coupon.
    """

    active: bool
    code: str
    coupon: Coupon
    created: int
    customer: Any = None
    expires_at: int | None = None
    id: str
    livemode: bool
    max_redemptions: int | None = None
    metadata: dict[str, str] | None = None
    object: str
    restrictions: PromotionCodesResourceRestrictions
    times_redeemed: int


class InvoiceSettingCustomField(WireModel, kw_only=True):
    """InvoiceSettingCustomField"""

    name: str
    value: str


class InvoiceSettingCustomerRenderingOptions(WireModel, kw_only=True):
    """InvoiceSettingCustomerRenderingOptions"""

    amount_tax_display: str | None = None


class DeletedApplication(WireModel, kw_only=True):
    """DeletedApplication"""

    deleted: bool
    id: str
    name: str | None = None
    object: str


class SubscriptionAutomaticTax(WireModel, kw_only=True):
    """SubscriptionAutomaticTax"""

    enabled: bool
    liability: ConnectAccountReference | None = None


class SubscriptionsResourceBillingCycleAnchorConfig(WireModel, kw_only=True):
    """SubscriptionsResourceBillingCycleAnchorConfig"""

    day_of_month: int
    hour: int | None = None
    minute: int | None = None
    month: int | None = None
    second: int | None = None


class SubscriptionBillingThresholds(WireModel, kw_only=True):
    """SubscriptionBillingThresholds"""

    amount_gte: int | None = None
    reset_billing_cycle_anchor: bool | None = None


class CancellationDetails(WireModel, kw_only=True):
    """CancellationDetails"""

    comment: str | None = None
    feedback: str | None = None
    reason: str | None = None


class TaxRate(WireModel, kw_only=True):
    """Tax rates can be applied to [invoices](https://stripe.com/docs/billing/invoices/tax-rates),
    [subscriptions](https://stripe.com/docs/billing/subscriptions/taxes) and [Checkout
    Sessions](https://stripe.com/docs/payments/checkout/set-up-a-subscription#tax-rates) to
    collect tax.

    Related guide: [Tax rates](https://stripe.com/docs/billing/taxes/tax-rates)
    """

    active: bool
    country: str | None = None
    created: int
    description: str | None = None
    display_name: str
    effective_percentage: float | None = None
    id: str
    inclusive: bool
    jurisdiction: str | None = None
    jurisdiction_level: str | None = None
    livemode: bool
    metadata: dict[str, str] | None = None
    object: str
    percentage: float
    state: str | None = None
    tax_type: str | None = None


class SubscriptionItem(WireModel, kw_only=True):
    """Subscription items allow you to create customer subscriptions with more than
    one plan, making it easy to represent complex billing relationships.
    """

    billing_thresholds: SubscriptionItemBillingThresholds | None = None
    created: int
    discounts: list[str | Discount]
    id: str
    metadata: dict[str, str]
    object: str
    price: Price
    quantity: int | None = None
    subscription: str
    tax_rates: list[TaxRate] | None = None


class SubscriptionsResourcePauseCollection(WireModel, kw_only=True):
    """The Pause Collection settings determine how we will pause collection for this subscription
    and for how long the subscription
    should be paused.
    """

    behavior: str
    resumes_at: int | None = None


class SubscriptionsResourcePaymentSettings(WireModel, kw_only=True):
    """SubscriptionsResourcePaymentSettings"""

    payment_method_options: SubscriptionsResourcePaymentMethodOptions | None = None
    payment_method_types: list[str] | None = None
    save_default_payment_method: str | None = None


class SubscriptionPendingInvoiceItemInterval(WireModel, kw_only=True):
    """SubscriptionPendingInvoiceItemInterval"""

    interval: str
    interval_count: int


class SetupIntent(WireModel, kw_only=True):
    """A SetupIntent guides you through the process of setting up and saving a customer's payment
    credentials for future payments.
    For example, you can use a SetupIntent to set up and save your customer's card without
    immediately collecting a payment.
    Later, you can use [PaymentIntents](https://stripe.com/docs/api#payment_intents) to drive the
    payment flow.

    Create a SetupIntent when you're ready to collect your customer's payment credentials.
    Don't maintain long-lived, unconfirmed SetupIntents because they might not be valid.
    The SetupIntent transitions through multiple
    [statuses](https://docs.stripe.com/payments/intents#intent-statuses) as it guides
    you through the setup process.

    Successful SetupIntents result in payment credentials that are optimized for future payments.
    For example, cardholders in [certain
    regions](https://stripe.com/guides/strong-customer-authentication) might need to be run
    through
    [Strong Customer Authentication](https://docs.stripe.com/strong-customer-authentication)
    during payment method collection
    to streamline later [off-session payments](https://docs.stripe.com/payments/setup-intents).
    If you use the SetupIntent with a
    [Customer](https://stripe.com/docs/api#setup_intent_object-customer),
    it automatically attaches the resulting payment method to that Customer after successful
    setup.
    We recommend using SetupIntents or
    [setup_future_usage](https://stripe.com/docs/api#payment_intent_object-setup_future_usage) on
    PaymentIntents to save payment methods to prevent saving invalid or unoptimized payment
    methods.

    By using SetupIntents, you can reduce friction for your customers, even as regulations change
    over time.

    Related guide: [Setup Intents API](https://docs.stripe.com/payments/setup-intents)
    """

    application: str | Application | None = None
    attach_to_self: bool | None = None
    automatic_payment_methods: PaymentFlowsAutomaticPaymentMethodsSetupIntent | None = None
    cancellation_reason: str | None = None
    client_secret: str | None = None
    created: int
    customer: Any = None
    description: str | None = None
    flow_directions: list[str] | None = None
    id: str
    last_setup_error: ApiErrors | None = None
    latest_attempt: str | SetupAttempt | None = None
    livemode: bool
    mandate: str | Mandate | None = None
    metadata: dict[str, str] | None = None
    next_action: SetupIntentNextAction | None = None
    object: str
    on_behalf_of: str | Account | None = None
    payment_method: str | PaymentMethod | None = None
    payment_method_configuration_details: (
        PaymentMethodConfigBizPaymentMethodConfigurationDetails | None
    ) = None
    payment_method_options: SetupIntentPaymentMethodOptions | None = None
    payment_method_types: list[str]
    single_use_mandate: str | Mandate | None = None
    status: str
    usage: str


class SubscriptionsResourcePendingUpdate(WireModel, kw_only=True):
    """Pending Updates store the changes pending from a previous update that will be applied
    to the Subscription upon successful payment.
    """

    billing_cycle_anchor: int | None = None
    expires_at: int
    subscription_items: list[SubscriptionItem] | None = None
    trial_end: int | None = None
    trial_from_plan: bool | None = None


class SubscriptionSchedule(WireModel, kw_only=True):
    """A subscription schedule allows you to create and manage the lifecycle of a subscription by
    predefining expected changes.

    Related guide: [Subscription
    schedules](https://stripe.com/docs/billing/subscriptions/subscription-schedules)
    """

    application: Any = None
    canceled_at: int | None = None
    completed_at: int | None = None
    created: int
    current_phase: SubscriptionScheduleCurrentPhase | None = None
    customer: Any
    default_settings: SubscriptionSchedulesResourceDefaultSettings
    end_behavior: str
    id: str
    livemode: bool
    metadata: dict[str, str] | None = None
    object: str
    phases: list[SubscriptionSchedulePhaseConfiguration]
    released_at: int | None = None
    released_subscription: str | None = None
    status: str
    subscription: str | Subscription | None = None
    test_clock: str | TestHelpersTestClock | None = None


class SubscriptionTransferData(WireModel, kw_only=True):
    """SubscriptionTransferData"""

    amount_percent: float | None = None
    destination: str | Account


class SubscriptionsTrialsResourceTrialSettings(WireModel, kw_only=True):
    """Configures how this subscription behaves during the trial period."""

    end_behavior: SubscriptionsTrialsResourceEndBehavior


class CustomerTaxLocation(WireModel, kw_only=True):
    """CustomerTaxLocation"""

    country: str
    source: str
    state: str | None = None


class TaxIDsOwner(WireModel, kw_only=True):
    """TaxIDsOwner"""

    account: str | Account | None = None
    application: str | Application | None = None
    customer: str | Customer | None = None
    type: str


class TaxIdVerification(WireModel, kw_only=True):
    """tax_id_verification"""

    status: str
    verified_address: str | None = None
    verified_name: str | None = None


class PaymentFlowsAmountDetailsResourceTip(WireModel, kw_only=True):
    """PaymentFlowsAmountDetailsResourceTip"""

    amount: int | None = None


class DeletedTaxId(WireModel, kw_only=True):
    """deleted_tax_id"""

    deleted: bool
    id: str
    object: str


class AutomaticTax(WireModel, kw_only=True):
    """AutomaticTax"""

    enabled: bool
    liability: ConnectAccountReference | None = None
    status: str | None = None


class InvoicesResourceInvoiceTaxId(WireModel, kw_only=True):
    """InvoicesResourceInvoiceTaxID"""

    type: str
    value: str | None = None


class DeletedDiscount(WireModel, kw_only=True):
    """DeletedDiscount"""

    checkout_session: str | None = None
    coupon: Coupon
    customer: Any = None
    deleted: bool
    id: str
    invoice: str | None = None
    invoice_item: str | None = None
    object: str
    promotion_code: str | PromotionCode | None = None
    start: int
    subscription: str | None = None
    subscription_item: str | None = None


class InvoicesResourceFromInvoice(WireModel, kw_only=True):
    """InvoicesResourceFromInvoice"""

    action: str
    invoice: str | Invoice


class ConnectAccountReference(WireModel, kw_only=True):
    """ConnectAccountReference"""

    account: str | Account | None = None
    type: str


class LineItem(WireModel, kw_only=True):
    """InvoiceLineItem"""

    amount: int
    amount_excluding_tax: int | None = None
    currency: str
    description: str | None = None
    discount_amounts: list[DiscountsResourceDiscountAmount] | None = None
    discountable: bool
    discounts: list[str | Discount]
    id: str
    invoice: str | None = None
    invoice_item: str | Invoiceitem | None = None
    livemode: bool
    metadata: dict[str, str]
    object: str
    period: InvoiceLineItemPeriod
    price: Price | None = None
    proration: bool
    proration_details: InvoicesResourceLineItemsProrationDetails | None = None
    quantity: int | None = None
    subscription: str | Subscription | None = None
    subscription_item: str | SubscriptionItem | None = None
    tax_amounts: list[InvoiceTaxAmount] | None = None
    tax_rates: list[TaxRate] | None = None
    type: str
    unit_amount_excluding_tax: str | None = None


class InvoicesPaymentSettings(WireModel, kw_only=True):
    """InvoicesPaymentSettings"""

    default_mandate: str | None = None
    payment_method_options: InvoicesPaymentMethodOptions | None = None
    payment_method_types: list[str] | None = None


class Quote(WireModel, kw_only=True):
    """A Quote is a way to model prices that you'd like to provide to a customer.
    Once accepted, it will automatically create an invoice, subscription or subscription
    schedule.
    """

    amount_subtotal: int
    amount_total: int
    application: Any = None
    application_fee_amount: int | None = None
    application_fee_percent: float | None = None
    automatic_tax: QuotesResourceAutomaticTax
    collection_method: str
    computed: QuotesResourceComputed
    created: int
    currency: str | None = None
    customer: Any = None
    default_tax_rates: list[str | TaxRate] | None = None
    description: str | None = None
    discounts: list[str | Discount]
    expires_at: int
    footer: str | None = None
    from_quote: QuotesResourceFromQuote | None = None
    header: str | None = None
    id: str
    invoice: Any = None
    invoice_settings: InvoiceSettingQuoteSetting
    line_items: QuoteLineItems | None = None
    livemode: bool
    metadata: dict[str, str]
    number: str | None = None
    object: str
    on_behalf_of: str | Account | None = None
    status: str
    status_transitions: QuotesResourceStatusTransitions
    subscription: str | Subscription | None = None
    subscription_data: QuotesResourceSubscriptionDataSubscriptionData
    subscription_schedule: str | SubscriptionSchedule | None = None
    test_clock: str | TestHelpersTestClock | None = None
    total_details: QuotesResourceTotalDetails
    transfer_data: QuotesResourceTransferData | None = None


class QuoteLineItems(WireModel, kw_only=True):
    """A list of items the customer is being quoted for."""

    data: list[Item]
    has_more: bool
    object: str
    url: str


class InvoicesResourceInvoiceRendering(WireModel, kw_only=True):
    """InvoicesResourceInvoiceRendering"""

    amount_tax_display: str | None = None
    pdf: InvoiceRenderingPdf | None = None


class InvoicesResourceShippingCost(WireModel, kw_only=True):
    """InvoicesResourceShippingCost"""

    amount_subtotal: int
    amount_tax: int
    amount_total: int
    shipping_rate: str | ShippingRate | None = None
    taxes: list[LineItemsTaxAmount] | None = None


class InvoicesResourceStatusTransitions(WireModel, kw_only=True):
    """InvoicesResourceStatusTransitions"""

    finalized_at: int | None = None
    marked_uncollectible_at: int | None = None
    paid_at: int | None = None
    voided_at: int | None = None


class SubscriptionDetailsData(WireModel, kw_only=True):
    """SubscriptionDetailsData"""

    metadata: dict[str, str] | None = None


class InvoiceThresholdReason(WireModel, kw_only=True):
    """InvoiceThresholdReason"""

    amount_gte: int | None = None
    item_reasons: list[InvoiceItemThresholdReason]


class DiscountsResourceDiscountAmount(WireModel, kw_only=True):
    """DiscountsResourceDiscountAmount"""

    amount: int
    discount: Any


class InvoiceTaxAmount(WireModel, kw_only=True):
    """InvoiceTaxAmount"""

    amount: int
    inclusive: bool
    tax_rate: str | TaxRate
    taxability_reason: str | None = None
    taxable_amount: int | None = None


class InvoiceTransferData(WireModel, kw_only=True):
    """InvoiceTransferData"""

    amount: int | None = None
    destination: str | Account


class ApplicationFee(WireModel, kw_only=True, tag_field="object", tag="application_fee"):
    """PlatformFee"""

    account: str | Account
    amount: int
    amount_refunded: int
    application: str | Application
    balance_transaction: str | BalanceTransaction | None = None
    charge: str | Charge
    created: int
    currency: str
    fee_source: PlatformEarningFeeSource | None = None
    id: str
    livemode: bool
    originating_transaction: str | Charge | None = None
    refunded: bool
    refunds: ApplicationFeeRefunds


class ApplicationFeeRefunds(WireModel, kw_only=True):
    """A list of refunds that have been applied to the fee."""

    data: list[FeeRefund]
    has_more: bool
    object: str
    url: str


class BillingDetails(WireModel, kw_only=True):
    """billing_details"""

    address: Address | None = None
    email: str | None = None
    name: str | None = None
    phone: str | None = None


class ChargeFraudDetails(WireModel, kw_only=True):
    """ChargeFraudDetails"""

    stripe_report: str | None = None
    user_report: str | None = None


class ChargeOutcome(WireModel, kw_only=True):
    """ChargeOutcome"""

    network_status: str | None = None
    reason: str | None = None
    risk_level: str | None = None
    risk_score: int | None = None
    rule: str | Rule | None = None
    seller_message: str | None = None
    type: str


class PaymentMethodDetails(WireModel, kw_only=True):
    """payment_method_details"""

    ach_credit_transfer: PaymentMethodDetailsAchCreditTransfer | None = None
    ach_debit: PaymentMethodDetailsAchDebit | None = None
    acss_debit: PaymentMethodDetailsAcssDebit | None = None
    affirm: PaymentMethodDetailsAffirm | None = None
    afterpay_clearpay: PaymentMethodDetailsAfterpayClearpay | None = None
    alipay: PaymentFlowsPrivatePaymentMethodsAlipayDetails | None = None
    amazon_pay: PaymentMethodDetailsAmazonPay | None = None
    au_becs_debit: PaymentMethodDetailsAuBecsDebit | None = None
    bacs_debit: PaymentMethodDetailsBacsDebit | None = None
    bancontact: PaymentMethodDetailsBancontact | None = None
    blik: PaymentMethodDetailsBlik | None = None
    boleto: PaymentMethodDetailsBoleto | None = None
    card: PaymentMethodDetailsCard | None = None
    card_present: PaymentMethodDetailsCardPresent | None = None
    cashapp: PaymentMethodDetailsCashapp | None = None
    customer_balance: PaymentMethodDetailsCustomerBalance | None = None
    eps: PaymentMethodDetailsEps | None = None
    fpx: PaymentMethodDetailsFpx | None = None
    giropay: PaymentMethodDetailsGiropay | None = None
    grabpay: PaymentMethodDetailsGrabpay | None = None
    ideal: PaymentMethodDetailsIdeal | None = None
    interac_present: PaymentMethodDetailsInteracPresent | None = None
    klarna: PaymentMethodDetailsKlarna | None = None
    konbini: PaymentMethodDetailsKonbini | None = None
    link: PaymentMethodDetailsLink | None = None
    mobilepay: PaymentMethodDetailsMobilepay | None = None
    multibanco: PaymentMethodDetailsMultibanco | None = None
    oxxo: PaymentMethodDetailsOxxo | None = None
    p24: PaymentMethodDetailsP24 | None = None
    paynow: PaymentMethodDetailsPaynow | None = None
    paypal: PaymentMethodDetailsPaypal | None = None
    pix: PaymentMethodDetailsPix | None = None
    promptpay: PaymentMethodDetailsPromptpay | None = None
    revolut_pay: PaymentMethodDetailsRevolutPay | None = None
    sepa_debit: PaymentMethodDetailsSepaDebit | None = None
    sofort: PaymentMethodDetailsSofort | None = None
    stripe_account: PaymentMethodDetailsStripeAccount | None = None
    swish: PaymentMethodDetailsSwish | None = None
    type: str
    us_bank_account: PaymentMethodDetailsUsBankAccount | None = None
    wechat: PaymentMethodDetailsWechat | None = None
    wechat_pay: PaymentMethodDetailsWechatPay | None = None
    zip: PaymentMethodDetailsZip | None = None


class RadarRadarOptions(WireModel, kw_only=True):
    """Options to configure Radar. See [Radar Session](https://stripe.com/docs/radar/radar-session)
    for more information.
    """

    session: str | None = None


class Transfer(WireModel, kw_only=True, tag_field="object", tag="transfer"):
    """A `Transfer` object is created when you move funds between Stripe accounts as
    part of Connect.

    Before April 6, 2017, transfers also represented movement of funds from a
    Stripe account to a card or bank account. This behavior has since been split
    out into a [Payout](https://stripe.com/docs/api#payout_object) object, with corresponding
    payout endpoints. For more
    information, read about the
    [transfer/payout split](https://stripe.com/docs/transfer-payout-split).

    Related guide: [Creating separate charges and
    transfers](https://stripe.com/docs/connect/separate-charges-and-transfers)
    """

    amount: int
    amount_reversed: int
    balance_transaction: str | BalanceTransaction | None = None
    created: int
    currency: str
    description: str | None = None
    destination: str | Account | None = None
    destination_payment: str | Charge | None = None
    id: str
    livemode: bool
    metadata: dict[str, str]
    reversals: TransferReversals
    reversed: bool
    source_transaction: str | Charge | None = None
    source_type: str | None = None
    transfer_group: str | None = None


class TransferReversals(WireModel, kw_only=True):
    """A list of reversals that have been applied to the transfer."""

    data: list[TransferReversal]
    has_more: bool
    object: str
    url: str


class ChargeTransferData(WireModel, kw_only=True):
    """ChargeTransferData"""

    amount: int | None = None
    destination: str | Account


class PaymentIntentNextActionAlipayHandleRedirect(WireModel, kw_only=True):
    """PaymentIntentNextActionAlipayHandleRedirect"""

    native_data: str | None = None
    native_url: str | None = None
    return_url: str | None = None
    url: str | None = None


class PaymentIntentNextActionBoleto(WireModel, kw_only=True):
    """payment_intent_next_action_boleto"""

    expires_at: int | None = None
    hosted_voucher_url: str | None = None
    number: str | None = None
    pdf: str | None = None


class PaymentIntentNextActionCardAwaitNotification(WireModel, kw_only=True):
    """PaymentIntentNextActionCardAwaitNotification"""

    charge_attempt_at: int | None = None
    customer_approval_required: bool | None = None


class PaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode(WireModel, kw_only=True):
    """PaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode"""

    hosted_instructions_url: str
    mobile_auth_url: str
    qr_code: PaymentIntentNextActionCashappQrCode


class PaymentIntentNextActionDisplayBankTransferInstructions(WireModel, kw_only=True):
    """PaymentIntentNextActionDisplayBankTransferInstructions"""

    amount_remaining: int | None = None
    currency: str | None = None
    financial_addresses: list[FundingInstructionsBankTransferFinancialAddress] | None = None
    hosted_instructions_url: str | None = None
    reference: str | None = None
    type: str


class PaymentIntentNextActionKonbini(WireModel, kw_only=True):
    """payment_intent_next_action_konbini"""

    expires_at: int
    hosted_voucher_url: str | None = None
    stores: PaymentIntentNextActionKonbiniStores


class PaymentIntentNextActionDisplayOxxoDetails(WireModel, kw_only=True):
    """PaymentIntentNextActionDisplayOxxoDetails"""

    expires_after: int | None = None
    hosted_voucher_url: str | None = None
    number: str | None = None


class PaymentIntentNextActionPaynowDisplayQrCode(WireModel, kw_only=True):
    """PaymentIntentNextActionPaynowDisplayQrCode"""

    data: str
    hosted_instructions_url: str | None = None
    image_url_png: str
    image_url_svg: str


class PaymentIntentNextActionPixDisplayQrCode(WireModel, kw_only=True):
    """PaymentIntentNextActionPixDisplayQrCode"""

    data: str | None = None
    expires_at: int | None = None
    hosted_instructions_url: str | None = None
    image_url_png: str | None = None
    image_url_svg: str | None = None


class PaymentIntentNextActionPromptpayDisplayQrCode(WireModel, kw_only=True):
    """PaymentIntentNextActionPromptpayDisplayQrCode"""

    data: str
    hosted_instructions_url: str
    image_url_png: str
    image_url_svg: str


class PaymentIntentNextActionRedirectToUrl(WireModel, kw_only=True):
    """PaymentIntentNextActionRedirectToUrl"""

    return_url: str | None = None
    url: str | None = None


class PaymentIntentNextActionSwishHandleRedirectOrDisplayQrCode(WireModel, kw_only=True):
    """PaymentIntentNextActionSwishHandleRedirectOrDisplayQrCode"""

    hosted_instructions_url: str
    qr_code: PaymentIntentNextActionSwishQrCode


class PaymentIntentNextActionVerifyWithMicrodeposits(WireModel, kw_only=True):
    """PaymentIntentNextActionVerifyWithMicrodeposits"""

    arrival_date: int
    hosted_verification_url: str
    microdeposit_type: str | None = None


class PaymentIntentNextActionWechatPayDisplayQrCode(WireModel, kw_only=True):
    """PaymentIntentNextActionWechatPayDisplayQrCode"""

    data: str
    hosted_instructions_url: str
    image_data_url: str
    image_url_png: str
    image_url_svg: str


class PaymentIntentNextActionWechatPayRedirectToAndroidApp(WireModel, kw_only=True):
    """PaymentIntentNextActionWechatPayRedirectToAndroidApp"""

    app_id: str
    nonce_str: str
    package: str
    partner_id: str
    prepay_id: str
    sign: str
    timestamp: str


class PaymentIntentNextActionWechatPayRedirectToIosApp(WireModel, kw_only=True):
    """PaymentIntentNextActionWechatPayRedirectToIOSApp"""

    native_url: str


class AccountBusinessProfile(WireModel, kw_only=True):
    """AccountBusinessProfile"""

    annual_revenue: AccountAnnualRevenue | None = None
    estimated_worker_count: int | None = None
    mcc: str | None = None
    monthly_estimated_revenue: AccountMonthlyEstimatedRevenue | None = None
    name: str | None = None
    product_description: str | None = None
    support_address: Address | None = None
    support_email: str | None = None
    support_phone: str | None = None
    support_url: str | None = None
    url: str | None = None


class AccountCapabilities(WireModel, kw_only=True):
    """AccountCapabilities"""

    acss_debit_payments: str | None = None
    affirm_payments: str | None = None
    afterpay_clearpay_payments: str | None = None
    amazon_pay_payments: str | None = None
    au_becs_debit_payments: str | None = None
    bacs_debit_payments: str | None = None
    bancontact_payments: str | None = None
    bank_transfer_payments: str | None = None
    blik_payments: str | None = None
    boleto_payments: str | None = None
    card_issuing: str | None = None
    card_payments: str | None = None
    cartes_bancaires_payments: str | None = None
    cashapp_payments: str | None = None
    eps_payments: str | None = None
    fpx_payments: str | None = None
    giropay_payments: str | None = None
    grabpay_payments: str | None = None
    ideal_payments: str | None = None
    india_international_payments: str | None = None
    jcb_payments: str | None = None
    klarna_payments: str | None = None
    konbini_payments: str | None = None
    legacy_payments: str | None = None
    link_payments: str | None = None
    mobilepay_payments: str | None = None
    oxxo_payments: str | None = None
    p24_payments: str | None = None
    paynow_payments: str | None = None
    promptpay_payments: str | None = None
    revolut_pay_payments: str | None = None
    sepa_debit_payments: str | None = None
    sofort_payments: str | None = None
    swish_payments: str | None = None
    tax_reporting_us_1099_k: str | None = None
    tax_reporting_us_1099_misc: str | None = None
    transfers: str | None = None
    treasury: str | None = None
    us_bank_account_ach_payments: str | None = None
    zip_payments: str | None = None


class LegalEntityCompany(WireModel, kw_only=True):
    """LegalEntityCompany"""

    address: Address | None = None
    address_kana: LegalEntityJapanAddress | None = None
    address_kanji: LegalEntityJapanAddress | None = None
    directors_provided: bool | None = None
    executives_provided: bool | None = None
    export_license_id: str | None = None
    export_purpose_code: str | None = None
    name: str | None = None
    name_kana: str | None = None
    name_kanji: str | None = None
    owners_provided: bool | None = None
    ownership_declaration: LegalEntityUboDeclaration | None = None
    phone: str | None = None
    structure: str | None = None
    tax_id_provided: bool | None = None
    tax_id_registrar: str | None = None
    vat_id_provided: bool | None = None
    verification: LegalEntityCompanyVerification | None = None


class AccountUnificationAccountController(WireModel, kw_only=True):
    """AccountUnificationAccountController"""

    fees: AccountUnificationAccountControllerFees | None = None
    is_controller: bool | None = None
    losses: AccountUnificationAccountControllerLosses | None = None
    requirement_collection: str | None = None
    stripe_dashboard: AccountUnificationAccountControllerStripeDashboard | None = None
    type: str


class AccountFutureRequirements(WireModel, kw_only=True):
    """AccountFutureRequirements"""

    alternatives: list[AccountRequirementsAlternative] | None = None
    current_deadline: int | None = None
    currently_due: list[str] | None = None
    disabled_reason: str | None = None
    errors: list[AccountRequirementsError] | None = None
    eventually_due: list[str] | None = None
    past_due: list[str] | None = None
    pending_verification: list[str] | None = None


class Person(WireModel, kw_only=True):
    """This is an object representing a person associated with a Stripe account.

    A platform cannot access a person for an account where
    [account.controller.requirement_collection](https://docs.stripe.com/api/accounts/object#account_object-controller-requirement_collection)
    is `stripe`, which includes Standard and Express accounts, after creating an Account Link or
    Account Session to start Connect onboarding.

    See the [Standard onboarding](https://docs.stripe.com/connect/standard-accounts) or [Express
    onboarding](https://docs.stripe.com/connect/express-accounts) documentation for information
    about prefilling information and account onboarding steps. Learn more about [handling
    identity verification with the
    API](https://docs.stripe.com/connect/handling-api-verification#person-information).
    """

    account: str
    additional_tos_acceptances: PersonAdditionalTosAcceptances | None = None
    address: Address | None = None
    address_kana: LegalEntityJapanAddress | None = None
    address_kanji: LegalEntityJapanAddress | None = None
    created: int
    dob: LegalEntityDob | None = None
    email: str | None = None
    first_name: str | None = None
    first_name_kana: str | None = None
    first_name_kanji: str | None = None
    full_name_aliases: list[str] | None = None
    future_requirements: PersonFutureRequirements | None = None
    gender: str | None = None
    id: str
    id_number_provided: bool | None = None
    id_number_secondary_provided: bool | None = None
    last_name: str | None = None
    last_name_kana: str | None = None
    last_name_kanji: str | None = None
    maiden_name: str | None = None
    metadata: dict[str, str] | None = None
    nationality: str | None = None
    object: str
    phone: str | None = None
    political_exposure: str | None = None
    registered_address: Address | None = None
    relationship: PersonRelationship | None = None
    requirements: PersonRequirements | None = None
    ssn_last_4_provided: bool | None = None
    verification: LegalEntityPersonVerification | None = None


class AccountRequirements(WireModel, kw_only=True):
    """AccountRequirements"""

    alternatives: list[AccountRequirementsAlternative] | None = None
    current_deadline: int | None = None
    currently_due: list[str] | None = None
    disabled_reason: str | None = None
    errors: list[AccountRequirementsError] | None = None
    eventually_due: list[str] | None = None
    past_due: list[str] | None = None
    pending_verification: list[str] | None = None


class AccountSettings(WireModel, kw_only=True):
    """AccountSettings"""

    bacs_debit_payments: AccountBacsDebitPaymentsSettings | None = None
    branding: AccountBrandingSettings
    card_issuing: AccountCardIssuingSettings | None = None
    card_payments: AccountCardPaymentsSettings
    dashboard: AccountDashboardSettings
    invoices: AccountInvoicesSettings | None = None
    payments: AccountPaymentsSettings
    payouts: AccountPayoutSettings | None = None
    sepa_debit_payments: AccountSepaDebitPaymentsSettings | None = None
    treasury: AccountTreasurySettings | None = None


class AccountTosAcceptance(WireModel, kw_only=True):
    """AccountTOSAcceptance"""

    date: int | None = None
    ip: str | None = None
    service_agreement: str | None = None
    user_agent: str | None = None


class PaymentMethodAcssDebit(WireModel, kw_only=True):
    """payment_method_acss_debit"""

    bank_name: str | None = None
    fingerprint: str | None = None
    institution_number: str | None = None
    last4: str | None = None
    transit_number: str | None = None


class PaymentMethodAuBecsDebit(WireModel, kw_only=True):
    """payment_method_au_becs_debit"""

    bsb_number: str | None = None
    fingerprint: str | None = None
    last4: str | None = None


class PaymentMethodBacsDebit(WireModel, kw_only=True):
    """payment_method_bacs_debit"""

    fingerprint: str | None = None
    last4: str | None = None
    sort_code: str | None = None


class PaymentMethodBoleto(WireModel, kw_only=True):
    """payment_method_boleto"""

    tax_id: str


class PaymentMethodCard(WireModel, kw_only=True):
    """payment_method_card"""

    brand: str
    checks: PaymentMethodCardChecks | None = None
    country: str | None = None
    display_brand: str | None = None
    exp_month: int
    exp_year: int
    fingerprint: str | None = None
    funding: str
    generated_from: PaymentMethodCardGeneratedCard | None = None
    last4: str
    networks: Networks | None = None
    three_d_secure_usage: ThreeDSecureUsage | None = None
    wallet: PaymentMethodCardWallet | None = None


class PaymentMethodCardPresent(WireModel, kw_only=True):
    """payment_method_card_present"""

    brand: str | None = None
    cardholder_name: str | None = None
    country: str | None = None
    exp_month: int
    exp_year: int
    fingerprint: str | None = None
    funding: str | None = None
    last4: str | None = None
    networks: PaymentMethodCardPresentNetworks | None = None
    preferred_locales: list[str] | None = None
    read_method: str | None = None


class PaymentMethodCashapp(WireModel, kw_only=True):
    """payment_method_cashapp"""

    buyer_id: str | None = None
    cashtag: str | None = None


class PaymentMethodEps(WireModel, kw_only=True):
    """payment_method_eps"""

    bank: str | None = None


class PaymentMethodFpx(WireModel, kw_only=True):
    """payment_method_fpx"""

    bank: str


class PaymentMethodIdeal(WireModel, kw_only=True):
    """payment_method_ideal"""

    bank: str | None = None
    bic: str | None = None


class PaymentMethodInteracPresent(WireModel, kw_only=True):
    """payment_method_interac_present"""

    brand: str | None = None
    cardholder_name: str | None = None
    country: str | None = None
    exp_month: int
    exp_year: int
    fingerprint: str | None = None
    funding: str | None = None
    last4: str | None = None
    networks: PaymentMethodCardPresentNetworks | None = None
    preferred_locales: list[str] | None = None
    read_method: str | None = None


class PaymentMethodKlarna(WireModel, kw_only=True):
    """payment_method_klarna"""

    dob: PaymentFlowsPrivatePaymentMethodsKlarnaDob | None = None


class PaymentMethodLink(WireModel, kw_only=True):
    """payment_method_link"""

    email: str | None = None


class PaymentMethodP24(WireModel, kw_only=True):
    """payment_method_p24"""

    bank: str | None = None


class PaymentMethodPaypal(WireModel, kw_only=True):
    """payment_method_paypal"""

    payer_email: str | None = None
    payer_id: str | None = None


class PaymentMethodSepaDebit(WireModel, kw_only=True):
    """payment_method_sepa_debit"""

    bank_code: str | None = None
    branch_code: str | None = None
    country: str | None = None
    fingerprint: str | None = None
    generated_from: SepaDebitGeneratedFrom | None = None
    last4: str | None = None


class PaymentMethodSofort(WireModel, kw_only=True):
    """payment_method_sofort"""

    country: str | None = None


class PaymentMethodUsBankAccount(WireModel, kw_only=True):
    """payment_method_us_bank_account"""

    account_holder_type: str | None = None
    account_type: str | None = None
    bank_name: str | None = None
    financial_connections_account: str | None = None
    fingerprint: str | None = None
    last4: str | None = None
    networks: UsBankAccountNetworks | None = None
    routing_number: str | None = None
    status_details: PaymentMethodUsBankAccountStatusDetails | None = None


class PaymentIntentPaymentMethodOptionsAcssDebit(WireModel, kw_only=True):
    """payment_intent_payment_method_options_acss_debit"""

    mandate_options: PaymentIntentPaymentMethodOptionsMandateOptionsAcssDebit | None = None
    setup_future_usage: str | None = None
    verification_method: str | None = None


class PaymentIntentTypeSpecificPaymentMethodOptionsClient(WireModel, kw_only=True):
    """PaymentIntentTypeSpecificPaymentMethodOptionsClient"""

    capture_method: str | None = None
    installments: PaymentFlowsInstallmentOptions | None = None
    require_cvc_recollection: bool | None = None
    routing: PaymentMethodOptionsCardPresentRouting | None = None
    setup_future_usage: str | None = None
    verification_method: str | None = None


class PaymentMethodOptionsAffirm(WireModel, kw_only=True):
    """payment_method_options_affirm"""

    capture_method: str | None = None
    preferred_locale: str | None = None
    setup_future_usage: str | None = None


class PaymentMethodOptionsAfterpayClearpay(WireModel, kw_only=True):
    """payment_method_options_afterpay_clearpay"""

    capture_method: str | None = None
    reference: str | None = None
    setup_future_usage: str | None = None


class PaymentMethodOptionsAlipay(WireModel, kw_only=True):
    """payment_method_options_alipay"""

    setup_future_usage: str | None = None


class PaymentMethodOptionsAmazonPay(WireModel, kw_only=True):
    """payment_method_options_amazon_pay"""

    capture_method: str | None = None
    setup_future_usage: str | None = None


class PaymentIntentPaymentMethodOptionsAuBecsDebit(WireModel, kw_only=True):
    """payment_intent_payment_method_options_au_becs_debit"""

    setup_future_usage: str | None = None


class PaymentMethodOptionsBacsDebit(WireModel, kw_only=True):
    """payment_method_options_bacs_debit"""

    setup_future_usage: str | None = None


class PaymentMethodOptionsBancontact(WireModel, kw_only=True):
    """payment_method_options_bancontact"""

    preferred_language: str
    setup_future_usage: str | None = None


class PaymentIntentPaymentMethodOptionsBlik(WireModel, kw_only=True):
    """payment_intent_payment_method_options_blik"""

    setup_future_usage: str | None = None


class PaymentMethodOptionsBoleto(WireModel, kw_only=True):
    """payment_method_options_boleto"""

    expires_after_days: int
    setup_future_usage: str | None = None


class PaymentIntentPaymentMethodOptionsCard(WireModel, kw_only=True):
    """payment_intent_payment_method_options_card"""

    capture_method: str | None = None
    installments: PaymentMethodOptionsCardInstallments | None = None
    mandate_options: PaymentMethodOptionsCardMandateOptions | None = None
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


class PaymentMethodOptionsCardPresent(WireModel, kw_only=True):
    """payment_method_options_card_present"""

    request_extended_authorization: bool | None = None
    request_incremental_authorization_support: bool | None = None
    routing: PaymentMethodOptionsCardPresentRouting | None = None


class PaymentMethodOptionsCashapp(WireModel, kw_only=True):
    """payment_method_options_cashapp"""

    capture_method: str | None = None
    setup_future_usage: str | None = None


class PaymentMethodOptionsCustomerBalance(WireModel, kw_only=True):
    """payment_method_options_customer_balance"""

    bank_transfer: PaymentMethodOptionsCustomerBalanceBankTransfer | None = None
    funding_type: str | None = None
    setup_future_usage: str | None = None


class PaymentIntentPaymentMethodOptionsEps(WireModel, kw_only=True):
    """payment_intent_payment_method_options_eps"""

    setup_future_usage: str | None = None


class PaymentMethodOptionsFpx(WireModel, kw_only=True):
    """payment_method_options_fpx"""

    setup_future_usage: str | None = None


class PaymentMethodOptionsGiropay(WireModel, kw_only=True):
    """payment_method_options_giropay"""

    setup_future_usage: str | None = None


class PaymentMethodOptionsGrabpay(WireModel, kw_only=True):
    """payment_method_options_grabpay"""

    setup_future_usage: str | None = None


class PaymentMethodOptionsIdeal(WireModel, kw_only=True):
    """payment_method_options_ideal"""

    setup_future_usage: str | None = None


class PaymentMethodOptionsKlarna(WireModel, kw_only=True):
    """payment_method_options_klarna"""

    capture_method: str | None = None
    preferred_locale: str | None = None
    setup_future_usage: str | None = None


class PaymentMethodOptionsKonbini(WireModel, kw_only=True):
    """payment_method_options_konbini"""

    confirmation_number: str | None = None
    expires_after_days: int | None = None
    expires_at: int | None = None
    product_description: str | None = None
    setup_future_usage: str | None = None


class PaymentIntentPaymentMethodOptionsLink(WireModel, kw_only=True):
    """payment_intent_payment_method_options_link"""

    capture_method: str | None = None
    setup_future_usage: str | None = None


class PaymentIntentPaymentMethodOptionsMobilepay(WireModel, kw_only=True):
    """payment_intent_payment_method_options_mobilepay"""

    capture_method: str | None = None
    setup_future_usage: str | None = None


class PaymentMethodOptionsOxxo(WireModel, kw_only=True):
    """payment_method_options_oxxo"""

    expires_after_days: int
    setup_future_usage: str | None = None


class PaymentMethodOptionsP24(WireModel, kw_only=True):
    """payment_method_options_p24"""

    setup_future_usage: str | None = None


class PaymentMethodOptionsPaynow(WireModel, kw_only=True):
    """payment_method_options_paynow"""

    setup_future_usage: str | None = None


class PaymentMethodOptionsPaypal(WireModel, kw_only=True):
    """payment_method_options_paypal"""

    capture_method: str | None = None
    preferred_locale: str | None = None
    reference: str | None = None
    setup_future_usage: str | None = None


class PaymentMethodOptionsPix(WireModel, kw_only=True):
    """payment_method_options_pix"""

    expires_after_seconds: int | None = None
    expires_at: int | None = None
    setup_future_usage: str | None = None


class PaymentMethodOptionsPromptpay(WireModel, kw_only=True):
    """payment_method_options_promptpay"""

    setup_future_usage: str | None = None


class PaymentMethodOptionsRevolutPay(WireModel, kw_only=True):
    """payment_method_options_revolut_pay"""

    capture_method: str | None = None
    setup_future_usage: str | None = None


class PaymentIntentPaymentMethodOptionsSepaDebit(WireModel, kw_only=True):
    """payment_intent_payment_method_options_sepa_debit"""

    mandate_options: PaymentIntentPaymentMethodOptionsMandateOptionsSepaDebit | None = None
    setup_future_usage: str | None = None


class PaymentMethodOptionsSofort(WireModel, kw_only=True):
    """payment_method_options_sofort"""

    preferred_language: str | None = None
    setup_future_usage: str | None = None


class PaymentIntentPaymentMethodOptionsSwish(WireModel, kw_only=True):
    """payment_intent_payment_method_options_swish"""

    reference: str | None = None
    setup_future_usage: str | None = None


class PaymentIntentPaymentMethodOptionsUsBankAccount(WireModel, kw_only=True):
    """payment_intent_payment_method_options_us_bank_account"""

    financial_connections: LinkedAccountOptionsUsBankAccount | None = None
    mandate_options: PaymentMethodOptionsUsBankAccountMandateOptions | None = None
    preferred_settlement_speed: str | None = None
    setup_future_usage: str | None = None
    verification_method: str | None = None


class PaymentMethodOptionsWechatPay(WireModel, kw_only=True):
    """payment_method_options_wechat_pay"""

    app_id: str | None = None
    client: str | None = None
    setup_future_usage: str | None = None


class PaymentMethodOptionsZip(WireModel, kw_only=True):
    """payment_method_options_zip"""

    setup_future_usage: str | None = None


class PaymentIntentCardProcessing(WireModel, kw_only=True):
    """PaymentIntentCardProcessing"""

    customer_notification: PaymentIntentProcessingCustomerNotification | None = None


class RadarReviewResourceLocation(WireModel, kw_only=True):
    """RadarReviewResourceLocation"""

    city: str | None = None
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    region: str | None = None


class RadarReviewResourceSession(WireModel, kw_only=True):
    """RadarReviewResourceSession"""

    browser: str | None = None
    device: str | None = None
    platform: str | None = None
    version: str | None = None


class Fee(WireModel, kw_only=True):
    """Fee"""

    amount: int
    application: str | None = None
    currency: str
    description: str | None = None
    type: str


class ConnectCollectionTransfer(
    WireModel, kw_only=True, tag_field="object", tag="connect_collection_transfer"
):
    """ConnectCollectionTransfer"""

    amount: int
    currency: str
    destination: str | Account
    id: str
    livemode: bool


class CustomerCashBalanceTransaction(
    WireModel, kw_only=True, tag_field="object", tag="customer_cash_balance_transaction"
):
    """Customers with certain payments enabled have a cash balance, representing funds that were
    paid
    by the customer to a merchant, but have not yet been allocated to a payment. Cash Balance
    Transactions
    represent when funds are moved into or out of this balance. This includes funding by the
    customer, allocation
    to payments, and refunds to the customer.
    """

    adjusted_for_overdraft: CustomerBalanceResourceCashBalanceTransactionResourchdeimkio | None = (
        None
    )
    applied_to_payment: CustomerBalanceResourceCashBalanceTransactionResourcjoimdlpg | None = None
    created: int
    currency: str
    customer: str | Customer
    ending_balance: int
    funded: CustomerBalanceResourceCashBalanceTransactionResourcngcdlhhk | None = None
    id: str
    livemode: bool
    net_amount: int
    refunded_from_payment: CustomerBalanceResourceCashBalanceTransactionResourccflolcjc | None = (
        None
    )
    transferred_to_balance: CustomerBalanceResourceCashBalanceTransactionResourchmabdfmi | None = (
        None
    )
    type: str
    unapplied_from_payment: CustomerBalanceResourceCashBalanceTransactionResourcepcmgggi | None = (
        None
    )


class Dispute(WireModel, kw_only=True, tag_field="object", tag="dispute"):
    """A dispute occurs when a customer questions your charge with their card issuer.
    When this happens, you have the opportunity to respond to the dispute with
    evidence that shows that the charge is legitimate.

    Related guide: [Disputes and fraud](https://stripe.com/docs/disputes)
    """

    amount: int
    balance_transactions: list[BalanceTransaction]
    charge: str | Charge
    created: int
    currency: str
    evidence: DisputeEvidence
    evidence_details: DisputeEvidenceDetails
    id: str
    is_charge_refundable: bool
    livemode: bool
    metadata: dict[str, str]
    payment_intent: str | PaymentIntent | None = None
    payment_method_details: DisputePaymentMethodDetails | None = None
    reason: str
    status: str


class FeeRefund(WireModel, kw_only=True, tag_field="object", tag="fee_refund"):
    """`Application Fee Refund` objects allow you to refund an application fee that
    has previously been created but not yet refunded. Funds will be refunded to
    the Stripe account from which the fee was originally collected.

    Related guide: [Refunding application
    fees](https://stripe.com/docs/connect/destination-charges#refunding-app-fee)
    """

    amount: int
    balance_transaction: str | BalanceTransaction | None = None
    created: int
    currency: str
    fee: str | ApplicationFee
    id: str
    metadata: dict[str, str] | None = None


class IssuingAuthorization(
    WireModel, kw_only=True, tag_field="object", tag="issuing.authorization"
):
    """When an [issued card](https://stripe.com/docs/issuing) is used to make a purchase, an Issuing
    `Authorization`
    object is created. [Authorizations](https://stripe.com/docs/issuing/purchases/authorizations)
    must be approved for the
    purchase to be completed successfully.

    Related guide: [Issued card
    authorizations](https://stripe.com/docs/issuing/purchases/authorizations)
    """

    amount: int
    amount_details: IssuingAuthorizationAmountDetails | None = None
    approved: bool
    authorization_method: str
    balance_transactions: list[BalanceTransaction]
    card: IssuingCard
    cardholder: str | IssuingCardholder | None = None
    created: int
    currency: str
    id: str
    livemode: bool
    merchant_amount: int
    merchant_currency: str
    merchant_data: IssuingAuthorizationMerchantData
    metadata: dict[str, str]
    network_data: IssuingAuthorizationNetworkData | None = None
    pending_request: IssuingAuthorizationPendingRequest | None = None
    request_history: list[IssuingAuthorizationRequest]
    status: str
    token: str | IssuingToken | None = None
    transactions: list[IssuingTransaction]
    treasury: IssuingAuthorizationTreasury | None = None
    verification_data: IssuingAuthorizationVerificationData
    wallet: str | None = None


class IssuingDispute(WireModel, kw_only=True, tag_field="object", tag="issuing.dispute"):
    """As a [card issuer](https://stripe.com/docs/issuing), you can dispute transactions that the
    cardholder does not recognize, suspects to be fraudulent, or has other issues with.

    Related guide: [Issuing disputes](https://stripe.com/docs/issuing/purchases/disputes)
    """

    amount: int
    balance_transactions: list[BalanceTransaction] | None = None
    created: int
    currency: str
    evidence: IssuingDisputeEvidence
    id: str
    livemode: bool
    loss_reason: str | None = None
    metadata: dict[str, str]
    status: str
    transaction: str | IssuingTransaction
    treasury: IssuingDisputeTreasury | None = None


class IssuingTransaction(WireModel, kw_only=True, tag_field="object", tag="issuing.transaction"):
    """Any use of an [issued card](https://stripe.com/docs/issuing) that results in funds entering
    or leaving
    your Stripe account, such as a completed purchase or refund, is represented by an Issuing
    `Transaction` object.

    Related guide: [Issued card
    transactions](https://stripe.com/docs/issuing/purchases/transactions)
    """

    amount: int
    amount_details: IssuingTransactionAmountDetails | None = None
    authorization: str | IssuingAuthorization | None = None
    balance_transaction: str | BalanceTransaction | None = None
    card: str | IssuingCard
    cardholder: str | IssuingCardholder | None = None
    created: int
    currency: str
    dispute: str | IssuingDispute | None = None
    id: str
    livemode: bool
    merchant_amount: int
    merchant_currency: str
    merchant_data: IssuingAuthorizationMerchantData
    metadata: dict[str, str]
    network_data: IssuingTransactionNetworkData | None = None
    purchase_details: IssuingTransactionPurchaseDetails | None = None
    token: str | IssuingToken | None = None
    treasury: IssuingTransactionTreasury | None = None
    type: str
    wallet: str | None = None


class Payout(WireModel, kw_only=True, tag_field="object", tag="payout"):
    """A `Payout` object is created when you receive funds from Stripe, or when you
    initiate a payout to either a bank account or debit card of a [connected
    Stripe account](https://docs.stripe.com/docs/connect/bank-debit-card-payouts). You can
    retrieve individual payouts,
    and list all payouts. Payouts are made on [varying
    schedules](https://docs.stripe.com/docs/connect/manage-payout-schedule), depending on your
    country and
    industry.

    Related guide: [Receiving payouts](https://stripe.com/docs/payouts)
    """

    amount: int
    application_fee: str | ApplicationFee | None = None
    application_fee_amount: int | None = None
    arrival_date: int
    automatic: bool
    balance_transaction: str | BalanceTransaction | None = None
    created: int
    currency: str
    description: str | None = None
    destination: Any = None
    failure_balance_transaction: str | BalanceTransaction | None = None
    failure_code: str | None = None
    failure_message: str | None = None
    id: str
    livemode: bool
    metadata: dict[str, str] | None = None
    method: str
    original_payout: str | Payout | None = None
    reconciliation_status: str
    reversed_by: str | Payout | None = None
    source_type: str
    statement_descriptor: str | None = None
    status: str
    type: str


class PlatformTaxFee(WireModel, kw_only=True, tag_field="object", tag="platform_tax_fee"):
    """PlatformTax"""

    account: str
    id: str
    source_transaction: str
    type: str


class ReserveTransaction(WireModel, kw_only=True, tag_field="object", tag="reserve_transaction"):
    """ReserveTransaction"""

    amount: int
    currency: str
    description: str | None = None
    id: str


class TaxDeductedAtSource(
    WireModel, kw_only=True, tag_field="object", tag="tax_deducted_at_source"
):
    """TaxDeductedAtSource"""

    id: str
    period_end: int
    period_start: int
    tax_deduction_account_number: str


class Topup(WireModel, kw_only=True, tag_field="object", tag="topup"):
    """To top up your Stripe balance, you create a top-up object. You can retrieve
    individual top-ups, as well as list all top-ups. Top-ups are identified by a
    unique, random ID.

    Related guide: [Topping up your platform account](https://stripe.com/docs/connect/top-ups)
    """

    amount: int
    balance_transaction: str | BalanceTransaction | None = None
    created: int
    currency: str
    description: str | None = None
    expected_availability_date: int | None = None
    failure_code: str | None = None
    failure_message: str | None = None
    id: str
    livemode: bool
    metadata: dict[str, str]
    source: Source | None = None
    statement_descriptor: str | None = None
    status: str
    transfer_group: str | None = None


class RefundDestinationDetailsGeneric(WireModel, kw_only=True):
    """refund_destination_details_generic"""

    reference: str | None = None
    reference_status: str | None = None


class RefundDestinationDetailsCard(WireModel, kw_only=True):
    """refund_destination_details_card"""

    reference: str | None = None
    reference_status: str | None = None
    reference_type: str | None = None
    type: str


class RefundNextActionDisplayDetails(WireModel, kw_only=True):
    """RefundNextActionDisplayDetails"""

    email_sent: EmailSent
    expires_at: int


class AccountRequirementsError(WireModel, kw_only=True):
    """AccountRequirementsError"""

    code: str
    reason: str
    requirement: str


class SourceOrderItem(WireModel, kw_only=True):
    """SourceOrderItem"""

    amount: int | None = None
    currency: str | None = None
    description: str | None = None
    parent: str | None = None
    quantity: int | None = None
    type: str | None = None


class CouponAppliesTo(WireModel, kw_only=True):
    """CouponAppliesTo"""

    products: list[str]


class CouponCurrencyOption(WireModel, kw_only=True):
    """CouponCurrencyOption"""

    amount_off: int


class PromotionCodesResourceRestrictions(WireModel, kw_only=True):
    """PromotionCodesResourceRestrictions"""

    currency_options: dict[str, PromotionCodeCurrencyOption] | None = None
    first_time_transaction: bool
    minimum_amount: int | None = None
    minimum_amount_currency: str | None = None


class SubscriptionItemBillingThresholds(WireModel, kw_only=True):
    """SubscriptionItemBillingThresholds"""

    usage_gte: int | None = None


class Price(WireModel, kw_only=True):
    """Prices define the unit cost, currency, and (optional) billing cycle for both recurring and
    one-time purchases of products.
    [Products](https://stripe.com/docs/api#products) help you track inventory or provisioning,
    and prices help you track payment terms. Different physical goods or levels of service should
    be represented by products, and pricing options should be represented by prices. This
    approach lets you change prices without having to change your provisioning scheme.

    For example, you might have a single "gold" product that has prices for $10/month, $100/year,
    and €9 once.

    Related guides: [Set up a
    subscription](https://stripe.com/docs/billing/subscriptions/set-up-subscription), [create an
    invoice](https://stripe.com/docs/billing/invoices/create), and more about [products and
    prices](https://stripe.com/docs/products-prices/overview).
    """

    active: bool
    billing_scheme: str
    created: int
    currency: str
    currency_options: dict[str, CurrencyOption] | None = None
    custom_unit_amount: CustomUnitAmount | None = None
    id: str
    livemode: bool
    lookup_key: str | None = None
    metadata: dict[str, str]
    nickname: str | None = None
    object: str
    product: Any
    recurring: Recurring | None = None
    tax_behavior: str | None = None
    tiers: list[PriceTier] | None = None
    tiers_mode: str | None = None
    transform_quantity: TransformQuantity | None = None
    type: str
    unit_amount: int | None = None
    unit_amount_decimal: str | None = None


class SubscriptionsResourcePaymentMethodOptions(WireModel, kw_only=True):
    """SubscriptionsResourcePaymentMethodOptions"""

    acss_debit: InvoicePaymentMethodOptionsAcssDebit | None = None
    bancontact: InvoicePaymentMethodOptionsBancontact | None = None
    card: SubscriptionPaymentMethodOptionsCard | None = None
    customer_balance: InvoicePaymentMethodOptionsCustomerBalance | None = None
    konbini: InvoicePaymentMethodOptionsKonbini | None = None
    sepa_debit: InvoicePaymentMethodOptionsSepaDebit | None = None
    us_bank_account: InvoicePaymentMethodOptionsUsBankAccount | None = None


class PaymentFlowsAutomaticPaymentMethodsSetupIntent(WireModel, kw_only=True):
    """PaymentFlowsAutomaticPaymentMethodsSetupIntent"""

    allow_redirects: str | None = None
    enabled: bool | None = None


class SetupAttempt(WireModel, kw_only=True):
    """A SetupAttempt describes one attempted confirmation of a SetupIntent,
    whether that confirmation is successful or unsuccessful. You can use
    SetupAttempts to inspect details of a specific attempt at setting up a
    payment method using a SetupIntent.
    """

    application: str | Application | None = None
    attach_to_self: bool | None = None
    created: int
    customer: Any = None
    flow_directions: list[str] | None = None
    id: str
    livemode: bool
    object: str
    on_behalf_of: str | Account | None = None
    payment_method: str | PaymentMethod
    payment_method_details: SetupAttemptPaymentMethodDetails
    setup_error: ApiErrors | None = None
    setup_intent: str | SetupIntent
    status: str
    usage: str


class Mandate(WireModel, kw_only=True):
    """A Mandate is a record of the permission that your customer gives you to debit their payment
    method.
    """

    customer_acceptance: CustomerAcceptance
    id: str
    livemode: bool
    multi_use: MandateMultiUse | None = None
    object: str
    on_behalf_of: str | None = None
    payment_method: str | PaymentMethod
    payment_method_details: MandatePaymentMethodDetails
    single_use: MandateSingleUse | None = None
    status: str
    type: str


class SetupIntentNextAction(WireModel, kw_only=True):
    """SetupIntentNextAction"""

    cashapp_handle_redirect_or_display_qr_code: (
        PaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode | None
    ) = None
    redirect_to_url: SetupIntentNextActionRedirectToUrl | None = None
    type: str
    use_stripe_sdk: dict[str, Any] | None = None
    verify_with_microdeposits: SetupIntentNextActionVerifyWithMicrodeposits | None = None


class SetupIntentPaymentMethodOptions(WireModel, kw_only=True):
    """SetupIntentPaymentMethodOptions"""

    acss_debit: dict[str, Any] | None = None
    amazon_pay: dict[str, Any] | None = None
    card: SetupIntentPaymentMethodOptionsCard | None = None
    card_present: dict[str, Any] | None = None
    link: dict[str, Any] | None = None
    paypal: dict[str, Any] | None = None
    sepa_debit: dict[str, Any] | None = None
    us_bank_account: dict[str, Any] | None = None


class SubscriptionScheduleCurrentPhase(WireModel, kw_only=True):
    """SubscriptionScheduleCurrentPhase"""

    end_date: int
    start_date: int


class SubscriptionSchedulesResourceDefaultSettings(WireModel, kw_only=True):
    """SubscriptionSchedulesResourceDefaultSettings"""

    application_fee_percent: float | None = None
    automatic_tax: SubscriptionSchedulesResourceDefaultSettingsAutomaticTax | None = None
    billing_cycle_anchor: str
    billing_thresholds: SubscriptionBillingThresholds | None = None
    collection_method: str | None = None
    default_payment_method: str | PaymentMethod | None = None
    description: str | None = None
    invoice_settings: InvoiceSettingSubscriptionScheduleSetting
    on_behalf_of: str | Account | None = None
    transfer_data: SubscriptionTransferData | None = None


class SubscriptionSchedulePhaseConfiguration(WireModel, kw_only=True):
    """A phase describes the plans, coupon, and trialing status of a subscription for a predefined
    time period.
    """

    add_invoice_items: list[SubscriptionScheduleAddInvoiceItem]
    application_fee_percent: float | None = None
    automatic_tax: SchedulesPhaseAutomaticTax | None = None
    billing_cycle_anchor: str | None = None
    billing_thresholds: SubscriptionBillingThresholds | None = None
    collection_method: str | None = None
    coupon: Any = None
    currency: str
    default_payment_method: str | PaymentMethod | None = None
    default_tax_rates: list[TaxRate] | None = None
    description: str | None = None
    discounts: list[DiscountsResourceStackableDiscount]
    end_date: int
    invoice_settings: InvoiceSettingSubscriptionSchedulePhaseSetting | None = None
    items: list[SubscriptionScheduleConfigurationItem]
    metadata: dict[str, str] | None = None
    on_behalf_of: str | Account | None = None
    proration_behavior: str
    start_date: int
    transfer_data: SubscriptionTransferData | None = None
    trial_end: int | None = None


class SubscriptionsTrialsResourceEndBehavior(WireModel, kw_only=True):
    """Defines how a subscription behaves when a free trial ends."""

    missing_payment_method: str


class Invoiceitem(WireModel, kw_only=True):
    """Invoice Items represent the component lines of an
    [invoice](https://stripe.com/docs/api/invoices). An invoice item is added to an
    invoice by creating or updating it with an `invoice` field, at which point it will be
    included as
    [an invoice line item](https://stripe.com/docs/api/invoices/line_item) within
    [invoice.lines](https://stripe.com/docs/api/invoices/object#invoice_object-lines).

    Invoice Items can be created before you are ready to actually send the invoice. This can be
    particularly useful when combined
    with a [subscription](https://stripe.com/docs/api/subscriptions). Sometimes you want to add a
    charge or credit to a customer, but actually charge
    or credit the customer’s card only at the end of a regular billing cycle. This is useful for
    combining several charges
    (to minimize per-transaction fees), or for having Stripe tabulate your usage-based billing
    totals.

    Related guides: [Integrate with the Invoicing
    API](https://stripe.com/docs/invoicing/integration), [Subscription
    Invoices](https://stripe.com/docs/billing/invoices/subscription#adding-upcoming-invoice-items).
    """

    amount: int
    currency: str
    customer: Any
    date: int
    description: str | None = None
    discountable: bool
    discounts: list[str | Discount] | None = None
    id: str
    invoice: str | Invoice | None = None
    livemode: bool
    metadata: dict[str, str] | None = None
    object: str
    period: InvoiceLineItemPeriod
    price: Price | None = None
    proration: bool
    quantity: int
    subscription: str | Subscription | None = None
    subscription_item: str | None = None
    tax_rates: list[TaxRate] | None = None
    test_clock: str | TestHelpersTestClock | None = None
    unit_amount: int | None = None
    unit_amount_decimal: str | None = None


class InvoiceLineItemPeriod(WireModel, kw_only=True):
    """InvoiceLineItemPeriod"""

    end: int
    start: int


class InvoicesResourceLineItemsProrationDetails(WireModel, kw_only=True):
    """InvoicesResourceLineItemsProrationDetails"""

    credited_items: InvoicesResourceLineItemsCreditedItems | None = None


class InvoicesPaymentMethodOptions(WireModel, kw_only=True):
    """InvoicesPaymentMethodOptions"""

    acss_debit: InvoicePaymentMethodOptionsAcssDebit | None = None
    bancontact: InvoicePaymentMethodOptionsBancontact | None = None
    card: InvoicePaymentMethodOptionsCard | None = None
    customer_balance: InvoicePaymentMethodOptionsCustomerBalance | None = None
    konbini: InvoicePaymentMethodOptionsKonbini | None = None
    sepa_debit: InvoicePaymentMethodOptionsSepaDebit | None = None
    us_bank_account: InvoicePaymentMethodOptionsUsBankAccount | None = None


class QuotesResourceAutomaticTax(WireModel, kw_only=True):
    """QuotesResourceAutomaticTax"""

    enabled: bool
    liability: ConnectAccountReference | None = None
    status: str | None = None


class QuotesResourceComputed(WireModel, kw_only=True):
    """QuotesResourceComputed"""

    recurring: QuotesResourceRecurring | None = None
    upfront: QuotesResourceUpfront


class QuotesResourceFromQuote(WireModel, kw_only=True):
    """QuotesResourceFromQuote"""

    is_revision: bool
    quote: str | Quote


class DeletedInvoice(WireModel, kw_only=True):
    """DeletedInvoice"""

    deleted: bool
    id: str
    object: str


class InvoiceSettingQuoteSetting(WireModel, kw_only=True):
    """InvoiceSettingQuoteSetting"""

    days_until_due: int | None = None
    issuer: ConnectAccountReference


class Item(WireModel, kw_only=True):
    """A line item."""

    amount_discount: int
    amount_subtotal: int
    amount_tax: int
    amount_total: int
    currency: str
    description: str
    discounts: list[LineItemsDiscountAmount] | None = None
    id: str
    object: str
    price: Price | None = None
    quantity: int | None = None
    taxes: list[LineItemsTaxAmount] | None = None


class QuotesResourceStatusTransitions(WireModel, kw_only=True):
    """QuotesResourceStatusTransitions"""

    accepted_at: int | None = None
    canceled_at: int | None = None
    finalized_at: int | None = None


class QuotesResourceSubscriptionDataSubscriptionData(WireModel, kw_only=True):
    """QuotesResourceSubscriptionDataSubscriptionData"""

    description: str | None = None
    effective_date: int | None = None
    metadata: dict[str, str] | None = None
    trial_period_days: int | None = None


class QuotesResourceTotalDetails(WireModel, kw_only=True):
    """QuotesResourceTotalDetails"""

    amount_discount: int
    amount_shipping: int | None = None
    amount_tax: int
    breakdown: QuotesResourceTotalDetailsResourceBreakdown | None = None


class QuotesResourceTransferData(WireModel, kw_only=True):
    """QuotesResourceTransferData"""

    amount: int | None = None
    amount_percent: float | None = None
    destination: str | Account


class InvoiceRenderingPdf(WireModel, kw_only=True):
    """InvoiceRenderingPdf"""

    page_size: str | None = None


class ShippingRate(WireModel, kw_only=True):
    """Shipping rates describe the price of shipping presented to your customers and
    applied to a purchase. For more information, see [Charge for
    shipping](https://stripe.com/docs/payments/during-payment/charge-shipping).
    """

    active: bool
    created: int
    delivery_estimate: ShippingRateDeliveryEstimate | None = None
    display_name: str | None = None
    fixed_amount: ShippingRateFixedAmount | None = None
    id: str
    livemode: bool
    metadata: dict[str, str]
    object: str
    tax_behavior: str | None = None
    tax_code: str | TaxCode | None = None
    type: str


class LineItemsTaxAmount(WireModel, kw_only=True):
    """LineItemsTaxAmount"""

    amount: int
    rate: TaxRate
    taxability_reason: str | None = None
    taxable_amount: int | None = None


class InvoiceItemThresholdReason(WireModel, kw_only=True):
    """InvoiceItemThresholdReason"""

    line_item_ids: list[str]
    usage_gte: int


class PlatformEarningFeeSource(WireModel, kw_only=True):
    """PlatformEarningFeeSource"""

    charge: str | None = None
    payout: str | None = None
    type: str


class Rule(WireModel, kw_only=True):
    """RadarRule"""

    action: str
    id: str
    predicate: str


class PaymentMethodDetailsAchCreditTransfer(WireModel, kw_only=True):
    """payment_method_details_ach_credit_transfer"""

    account_number: str | None = None
    bank_name: str | None = None
    routing_number: str | None = None
    swift_code: str | None = None


class PaymentMethodDetailsAchDebit(WireModel, kw_only=True):
    """payment_method_details_ach_debit"""

    account_holder_type: str | None = None
    bank_name: str | None = None
    country: str | None = None
    fingerprint: str | None = None
    last4: str | None = None
    routing_number: str | None = None


class PaymentMethodDetailsAcssDebit(WireModel, kw_only=True):
    """payment_method_details_acss_debit"""

    bank_name: str | None = None
    fingerprint: str | None = None
    institution_number: str | None = None
    last4: str | None = None
    mandate: str | None = None
    transit_number: str | None = None


class PaymentMethodDetailsAfterpayClearpay(WireModel, kw_only=True):
    """payment_method_details_afterpay_clearpay"""

    order_id: str | None = None
    reference: str | None = None


class PaymentFlowsPrivatePaymentMethodsAlipayDetails(WireModel, kw_only=True):
    """PaymentFlowsPrivatePaymentMethodsAlipayDetails"""

    buyer_id: str | None = None
    fingerprint: str | None = None
    transaction_id: str | None = None


class PaymentMethodDetailsAuBecsDebit(WireModel, kw_only=True):
    """payment_method_details_au_becs_debit"""

    bsb_number: str | None = None
    fingerprint: str | None = None
    last4: str | None = None
    mandate: str | None = None


class PaymentMethodDetailsBacsDebit(WireModel, kw_only=True):
    """payment_method_details_bacs_debit"""

    fingerprint: str | None = None
    last4: str | None = None
    mandate: str | None = None
    sort_code: str | None = None


class PaymentMethodDetailsBancontact(WireModel, kw_only=True):
    """payment_method_details_bancontact"""

    bank_code: str | None = None
    bank_name: str | None = None
    bic: str | None = None
    generated_sepa_debit: str | PaymentMethod | None = None
    generated_sepa_debit_mandate: str | Mandate | None = None
    iban_last4: str | None = None
    preferred_language: str | None = None
    verified_name: str | None = None


class PaymentMethodDetailsBoleto(WireModel, kw_only=True):
    """payment_method_details_boleto"""

    tax_id: str


class PaymentMethodDetailsCard(WireModel, kw_only=True):
    """payment_method_details_card"""

    amount_authorized: int | None = None
    brand: str | None = None
    capture_before: int | None = None
    checks: PaymentMethodDetailsCardChecks | None = None
    country: str | None = None
    exp_month: int
    exp_year: int
    extended_authorization: PaymentFlowsPrivatePaymentMethodsCardDetailsApiResoucifijjkh | None = (
        None
    )
    fingerprint: str | None = None
    funding: str | None = None
    incremental_authorization: (
        PaymentFlowsPrivatePaymentMethodsCardDetailsApiResoukgknnioi | None
    ) = None
    installments: PaymentMethodDetailsCardInstallments | None = None
    last4: str | None = None
    mandate: str | None = None
    multicapture: PaymentFlowsPrivatePaymentMethodsCardDetailsApiResouoplkhlaf | None = None
    network: str | None = None
    network_token: PaymentMethodDetailsCardNetworkToken | None = None
    overcapture: PaymentFlowsPrivatePaymentMethodsCardDetailsApiResoughkcgaoh | None = None
    three_d_secure: ThreeDSecureDetailsCharge | None = None
    wallet: PaymentMethodDetailsCardWallet | None = None


class PaymentMethodDetailsCardPresent(WireModel, kw_only=True):
    """payment_method_details_card_present"""

    amount_authorized: int | None = None
    brand: str | None = None
    capture_before: int | None = None
    cardholder_name: str | None = None
    country: str | None = None
    emv_auth_data: str | None = None
    exp_month: int
    exp_year: int
    fingerprint: str | None = None
    funding: str | None = None
    generated_card: str | None = None
    incremental_authorization_supported: bool
    last4: str | None = None
    network: str | None = None
    offline: PaymentMethodDetailsCardPresentOffline | None = None
    overcapture_supported: bool
    preferred_locales: list[str] | None = None
    read_method: str | None = None
    receipt: PaymentMethodDetailsCardPresentReceipt | None = None


class PaymentMethodDetailsCashapp(WireModel, kw_only=True):
    """payment_method_details_cashapp"""

    buyer_id: str | None = None
    cashtag: str | None = None


class PaymentMethodDetailsEps(WireModel, kw_only=True):
    """payment_method_details_eps"""

    bank: str | None = None
    verified_name: str | None = None


class PaymentMethodDetailsFpx(WireModel, kw_only=True):
    """payment_method_details_fpx"""

    bank: str
    transaction_id: str | None = None


class PaymentMethodDetailsGiropay(WireModel, kw_only=True):
    """payment_method_details_giropay"""

    bank_code: str | None = None
    bank_name: str | None = None
    bic: str | None = None
    verified_name: str | None = None


class PaymentMethodDetailsGrabpay(WireModel, kw_only=True):
    """payment_method_details_grabpay"""

    transaction_id: str | None = None


class PaymentMethodDetailsIdeal(WireModel, kw_only=True):
    """payment_method_details_ideal"""

    bank: str | None = None
    bic: str | None = None
    generated_sepa_debit: str | PaymentMethod | None = None
    generated_sepa_debit_mandate: str | Mandate | None = None
    iban_last4: str | None = None
    verified_name: str | None = None


class PaymentMethodDetailsInteracPresent(WireModel, kw_only=True):
    """payment_method_details_interac_present"""

    brand: str | None = None
    cardholder_name: str | None = None
    country: str | None = None
    emv_auth_data: str | None = None
    exp_month: int
    exp_year: int
    fingerprint: str | None = None
    funding: str | None = None
    generated_card: str | None = None
    last4: str | None = None
    network: str | None = None
    preferred_locales: list[str] | None = None
    read_method: str | None = None
    receipt: PaymentMethodDetailsInteracPresentReceipt | None = None


class PaymentMethodDetailsKlarna(WireModel, kw_only=True):
    """payment_method_details_klarna"""

    payment_method_category: str | None = None
    preferred_locale: str | None = None


class PaymentMethodDetailsKonbini(WireModel, kw_only=True):
    """payment_method_details_konbini"""

    store: PaymentMethodDetailsKonbiniStore | None = None


class PaymentMethodDetailsLink(WireModel, kw_only=True):
    """payment_method_details_link"""

    country: str | None = None


class PaymentMethodDetailsMobilepay(WireModel, kw_only=True):
    """payment_method_details_mobilepay"""

    card: InternalCard | None = None


class PaymentMethodDetailsMultibanco(WireModel, kw_only=True):
    """payment_method_details_multibanco"""

    entity: str | None = None
    reference: str | None = None


class PaymentMethodDetailsOxxo(WireModel, kw_only=True):
    """payment_method_details_oxxo"""

    number: str | None = None


class PaymentMethodDetailsP24(WireModel, kw_only=True):
    """payment_method_details_p24"""

    bank: str | None = None
    reference: str | None = None
    verified_name: str | None = None


class PaymentMethodDetailsPaynow(WireModel, kw_only=True):
    """payment_method_details_paynow"""

    reference: str | None = None


class PaymentMethodDetailsPaypal(WireModel, kw_only=True):
    """payment_method_details_paypal"""

    payer_email: str | None = None
    payer_id: str | None = None
    payer_name: str | None = None
    seller_protection: PaypalSellerProtection | None = None
    transaction_id: str | None = None


class PaymentMethodDetailsPix(WireModel, kw_only=True):
    """payment_method_details_pix"""

    bank_transaction_id: str | None = None


class PaymentMethodDetailsPromptpay(WireModel, kw_only=True):
    """payment_method_details_promptpay"""

    reference: str | None = None


class PaymentMethodDetailsSepaDebit(WireModel, kw_only=True):
    """payment_method_details_sepa_debit"""

    bank_code: str | None = None
    branch_code: str | None = None
    country: str | None = None
    fingerprint: str | None = None
    last4: str | None = None
    mandate: str | None = None


class PaymentMethodDetailsSofort(WireModel, kw_only=True):
    """payment_method_details_sofort"""

    bank_code: str | None = None
    bank_name: str | None = None
    bic: str | None = None
    country: str | None = None
    generated_sepa_debit: str | PaymentMethod | None = None
    generated_sepa_debit_mandate: str | Mandate | None = None
    iban_last4: str | None = None
    preferred_language: str | None = None
    verified_name: str | None = None


class PaymentMethodDetailsSwish(WireModel, kw_only=True):
    """payment_method_details_swish"""

    fingerprint: str | None = None
    payment_reference: str | None = None
    verified_phone_last4: str | None = None


class PaymentMethodDetailsUsBankAccount(WireModel, kw_only=True):
    """payment_method_details_us_bank_account"""

    account_holder_type: str | None = None
    account_type: str | None = None
    bank_name: str | None = None
    fingerprint: str | None = None
    last4: str | None = None
    mandate: str | Mandate | None = None
    payment_reference: str | None = None
    routing_number: str | None = None


class PaymentMethodDetailsWechatPay(WireModel, kw_only=True):
    """payment_method_details_wechat_pay"""

    fingerprint: str | None = None
    transaction_id: str | None = None


class PaymentIntentNextActionCashappQrCode(WireModel, kw_only=True):
    """PaymentIntentNextActionCashappQRCode"""

    expires_at: int
    image_url_png: str
    image_url_svg: str


class FundingInstructionsBankTransferFinancialAddress(WireModel, kw_only=True):
    """FinancialAddresses contain identifying information that resolves to a FinancialAccount."""

    aba: FundingInstructionsBankTransferAbaRecord | None = None
    iban: FundingInstructionsBankTransferIbanRecord | None = None
    sort_code: FundingInstructionsBankTransferSortCodeRecord | None = None
    spei: FundingInstructionsBankTransferSpeiRecord | None = None
    supported_networks: list[str] | None = None
    swift: FundingInstructionsBankTransferSwiftRecord | None = None
    type: str
    zengin: FundingInstructionsBankTransferZenginRecord | None = None


class PaymentIntentNextActionKonbiniStores(WireModel, kw_only=True):
    """payment_intent_next_action_konbini_stores"""

    familymart: PaymentIntentNextActionKonbiniFamilymart | None = None
    lawson: PaymentIntentNextActionKonbiniLawson | None = None
    ministop: PaymentIntentNextActionKonbiniMinistop | None = None
    seicomart: PaymentIntentNextActionKonbiniSeicomart | None = None


class PaymentIntentNextActionSwishQrCode(WireModel, kw_only=True):
    """PaymentIntentNextActionSwishQRCode"""

    data: str
    image_url_png: str
    image_url_svg: str


class AccountAnnualRevenue(WireModel, kw_only=True):
    """AccountAnnualRevenue"""

    amount: int | None = None
    currency: str | None = None
    fiscal_year_end: str | None = None


class AccountMonthlyEstimatedRevenue(WireModel, kw_only=True):
    """AccountMonthlyEstimatedRevenue"""

    amount: int
    currency: str


class LegalEntityJapanAddress(WireModel, kw_only=True):
    """LegalEntityJapanAddress"""

    city: str | None = None
    country: str | None = None
    line1: str | None = None
    line2: str | None = None
    postal_code: str | None = None
    state: str | None = None
    town: str | None = None


class LegalEntityUboDeclaration(WireModel, kw_only=True):
    """LegalEntityUBODeclaration"""

    date: int | None = None
    ip: str | None = None
    user_agent: str | None = None


class LegalEntityCompanyVerification(WireModel, kw_only=True):
    """LegalEntityCompanyVerification"""

    document: LegalEntityCompanyVerificationDocument


class AccountUnificationAccountControllerFees(WireModel, kw_only=True):
    """AccountUnificationAccountControllerFees"""

    payer: str


class AccountUnificationAccountControllerLosses(WireModel, kw_only=True):
    """AccountUnificationAccountControllerLosses"""

    payments: str


class AccountUnificationAccountControllerStripeDashboard(WireModel, kw_only=True):
    """AccountUnificationAccountControllerStripeDashboard"""

    type: str


class AccountRequirementsAlternative(WireModel, kw_only=True):
    """AccountRequirementsAlternative"""

    alternative_fields_due: list[str]
    original_fields_due: list[str]


class PersonAdditionalTosAcceptances(WireModel, kw_only=True):
    """PersonAdditionalTOSAcceptances"""

    account: PersonAdditionalTosAcceptance


class LegalEntityDob(WireModel, kw_only=True):
    """LegalEntityDOB"""

    day: int | None = None
    month: int | None = None
    year: int | None = None


class PersonFutureRequirements(WireModel, kw_only=True):
    """PersonFutureRequirements"""

    alternatives: list[AccountRequirementsAlternative] | None = None
    currently_due: list[str]
    errors: list[AccountRequirementsError]
    eventually_due: list[str]
    past_due: list[str]
    pending_verification: list[str]


class PersonRelationship(WireModel, kw_only=True):
    """PersonRelationship"""

    director: bool | None = None
    executive: bool | None = None
    legal_guardian: bool | None = None
    owner: bool | None = None
    percent_ownership: float | None = None
    representative: bool | None = None
    title: str | None = None


class PersonRequirements(WireModel, kw_only=True):
    """PersonRequirements"""

    alternatives: list[AccountRequirementsAlternative] | None = None
    currently_due: list[str]
    errors: list[AccountRequirementsError]
    eventually_due: list[str]
    past_due: list[str]
    pending_verification: list[str]


class LegalEntityPersonVerification(WireModel, kw_only=True):
    """LegalEntityPersonVerification"""

    additional_document: LegalEntityPersonVerificationDocument | None = None
    details: str | None = None
    details_code: str | None = None
    document: LegalEntityPersonVerificationDocument | None = None
    status: str


class AccountBacsDebitPaymentsSettings(WireModel, kw_only=True):
    """AccountBacsDebitPaymentsSettings"""

    display_name: str | None = None
    service_user_number: str | None = None


class AccountBrandingSettings(WireModel, kw_only=True):
    """AccountBrandingSettings"""

    icon: str | File | None = None
    logo: str | File | None = None
    primary_color: str | None = None
    secondary_color: str | None = None


class AccountCardIssuingSettings(WireModel, kw_only=True):
    """AccountCardIssuingSettings"""

    tos_acceptance: CardIssuingAccountTermsOfService | None = None


class AccountCardPaymentsSettings(WireModel, kw_only=True):
    """AccountCardPaymentsSettings"""

    decline_on: AccountDeclineChargeOn | None = None
    statement_descriptor_prefix: str | None = None
    statement_descriptor_prefix_kana: str | None = None
    statement_descriptor_prefix_kanji: str | None = None


class AccountDashboardSettings(WireModel, kw_only=True):
    """AccountDashboardSettings"""

    display_name: str | None = None
    timezone: str | None = None


class AccountInvoicesSettings(WireModel, kw_only=True):
    """AccountInvoicesSettings"""

    default_account_tax_ids: list[str | TaxId] | None = None


class AccountPaymentsSettings(WireModel, kw_only=True):
    """AccountPaymentsSettings"""

    statement_descriptor: str | None = None
    statement_descriptor_kana: str | None = None
    statement_descriptor_kanji: str | None = None
    statement_descriptor_prefix_kana: str | None = None
    statement_descriptor_prefix_kanji: str | None = None


class AccountPayoutSettings(WireModel, kw_only=True):
    """AccountPayoutSettings"""

    debit_negative_balances: bool
    schedule: TransferSchedule
    statement_descriptor: str | None = None


class AccountSepaDebitPaymentsSettings(WireModel, kw_only=True):
    """AccountSepaDebitPaymentsSettings"""

    creditor_id: str | None = None


class AccountTreasurySettings(WireModel, kw_only=True):
    """AccountTreasurySettings"""

    tos_acceptance: AccountTermsOfService | None = None


class PaymentMethodCardChecks(WireModel, kw_only=True):
    """payment_method_card_checks"""

    address_line1_check: str | None = None
    address_postal_code_check: str | None = None
    cvc_check: str | None = None


class PaymentMethodCardGeneratedCard(WireModel, kw_only=True):
    """payment_method_card_generated_card"""

    charge: str | None = None
    payment_method_details: CardGeneratedFromPaymentMethodDetails | None = None
    setup_attempt: str | SetupAttempt | None = None


class Networks(WireModel, kw_only=True):
    """networks"""

    available: list[str]
    preferred: str | None = None


class ThreeDSecureUsage(WireModel, kw_only=True):
    """three_d_secure_usage"""

    supported: bool


class PaymentMethodCardWallet(WireModel, kw_only=True):
    """payment_method_card_wallet"""

    amex_express_checkout: PaymentMethodCardWalletAmexExpressCheckout | None = None
    apple_pay: PaymentMethodCardWalletApplePay | None = None
    dynamic_last4: str | None = None
    google_pay: PaymentMethodCardWalletGooglePay | None = None
    link: PaymentMethodCardWalletLink | None = None
    masterpass: PaymentMethodCardWalletMasterpass | None = None
    samsung_pay: PaymentMethodCardWalletSamsungPay | None = None
    type: str
    visa_checkout: PaymentMethodCardWalletVisaCheckout | None = None


class PaymentMethodCardPresentNetworks(WireModel, kw_only=True):
    """payment_method_card_present_networks"""

    available: list[str]
    preferred: str | None = None


class PaymentFlowsPrivatePaymentMethodsKlarnaDob(WireModel, kw_only=True):
    """PaymentFlowsPrivatePaymentMethodsKlarnaDOB"""

    day: int | None = None
    month: int | None = None
    year: int | None = None


class SepaDebitGeneratedFrom(WireModel, kw_only=True):
    """sepa_debit_generated_from"""

    charge: str | Charge | None = None
    setup_attempt: str | SetupAttempt | None = None


class UsBankAccountNetworks(WireModel, kw_only=True):
    """us_bank_account_networks"""

    preferred: str | None = None
    supported: list[str]


class PaymentMethodUsBankAccountStatusDetails(WireModel, kw_only=True):
    """payment_method_us_bank_account_status_details"""

    blocked: PaymentMethodUsBankAccountBlocked | None = None


class PaymentIntentPaymentMethodOptionsMandateOptionsAcssDebit(WireModel, kw_only=True):
    """payment_intent_payment_method_options_mandate_options_acss_debit"""

    custom_mandate_url: str | None = None
    interval_description: str | None = None
    payment_schedule: str | None = None
    transaction_type: str | None = None


class PaymentFlowsInstallmentOptions(WireModel, kw_only=True):
    """PaymentFlowsInstallmentOptions"""

    enabled: bool
    plan: PaymentMethodDetailsCardInstallmentsPlan | None = None


class PaymentMethodOptionsCardPresentRouting(WireModel, kw_only=True):
    """payment_method_options_card_present_routing"""

    requested_priority: str | None = None


class PaymentMethodOptionsCardInstallments(WireModel, kw_only=True):
    """payment_method_options_card_installments"""

    available_plans: list[PaymentMethodDetailsCardInstallmentsPlan] | None = None
    enabled: bool
    plan: PaymentMethodDetailsCardInstallmentsPlan | None = None


class PaymentMethodOptionsCardMandateOptions(WireModel, kw_only=True):
    """payment_method_options_card_mandate_options"""

    amount: int
    amount_type: str
    description: str | None = None
    end_date: int | None = None
    interval: str
    interval_count: int | None = None
    reference: str
    start_date: int
    supported_types: list[str] | None = None


class PaymentMethodOptionsCustomerBalanceBankTransfer(WireModel, kw_only=True):
    """payment_method_options_customer_balance_bank_transfer"""

    eu_bank_transfer: PaymentMethodOptionsCustomerBalanceEuBankAccount | None = None
    requested_address_types: list[str] | None = None
    type: str | None = None


class LinkedAccountOptionsUsBankAccount(WireModel, kw_only=True):
    """linked_account_options_us_bank_account"""

    permissions: list[str] | None = None
    prefetch: list[str] | None = None
    return_url: str | None = None


class PaymentMethodOptionsUsBankAccountMandateOptions(WireModel, kw_only=True):
    """payment_method_options_us_bank_account_mandate_options"""

    collection_method: str | None = None


class PaymentIntentProcessingCustomerNotification(WireModel, kw_only=True):
    """PaymentIntentProcessingCustomerNotification"""

    approval_requested: bool | None = None
    completes_at: int | None = None


class CustomerBalanceResourceCashBalanceTransactionResourchdeimkio(WireModel, kw_only=True):
    """CustomerBalanceResourceCashBalanceTransactionResourceAdjustedForOverdraft"""

    balance_transaction: str | BalanceTransaction
    linked_transaction: str | CustomerCashBalanceTransaction


class CustomerBalanceResourceCashBalanceTransactionResourcjoimdlpg(WireModel, kw_only=True):
    """CustomerBalanceResourceCashBalanceTransactionResourceAppliedToPaymentTransaction"""

    payment_intent: str | PaymentIntent


class CustomerBalanceResourceCashBalanceTransactionResourcngcdlhhk(WireModel, kw_only=True):
    """CustomerBalanceResourceCashBalanceTransactionResourceFundedTransaction"""

    bank_transfer: CustomerBalanceResourceCashBalanceTransactionResourchommogbi


class CustomerBalanceResourceCashBalanceTransactionResourccflolcjc(WireModel, kw_only=True):
    """CustomerBalanceResourceCashBalanceTransactionResourceRefundedFromPaymentTransaction"""

    refund: str | Refund


class CustomerBalanceResourceCashBalanceTransactionResourchmabdfmi(WireModel, kw_only=True):
    """CustomerBalanceResourceCashBalanceTransactionResourceTransferredToBalance"""

    balance_transaction: str | BalanceTransaction


class CustomerBalanceResourceCashBalanceTransactionResourcepcmgggi(WireModel, kw_only=True):
    """CustomerBalanceResourceCashBalanceTransactionResourceUnappliedFromPaymentTransaction"""

    payment_intent: str | PaymentIntent


class DisputeEvidence(WireModel, kw_only=True):
    """DisputeEvidence"""

    access_activity_log: str | None = None
    billing_address: str | None = None
    cancellation_policy: str | File | None = None
    cancellation_policy_disclosure: str | None = None
    cancellation_rebuttal: str | None = None
    customer_communication: str | File | None = None
    customer_email_address: str | None = None
    customer_name: str | None = None
    customer_purchase_ip: str | None = None
    customer_signature: str | File | None = None
    duplicate_charge_documentation: str | File | None = None
    duplicate_charge_explanation: str | None = None
    duplicate_charge_id: str | None = None
    product_description: str | None = None
    receipt: str | File | None = None
    refund_policy: str | File | None = None
    refund_policy_disclosure: str | None = None
    refund_refusal_explanation: str | None = None
    service_date: str | None = None
    service_documentation: str | File | None = None
    shipping_address: str | None = None
    shipping_carrier: str | None = None
    shipping_date: str | None = None
    shipping_documentation: str | File | None = None
    shipping_tracking_number: str | None = None
    uncategorized_file: str | File | None = None
    uncategorized_text: str | None = None


class DisputeEvidenceDetails(WireModel, kw_only=True):
    """DisputeEvidenceDetails"""

    due_by: int | None = None
    has_evidence: bool
    past_due: bool
    submission_count: int


class DisputePaymentMethodDetails(WireModel, kw_only=True):
    """DisputePaymentMethodDetails"""

    card: DisputePaymentMethodDetailsCard | None = None
    klarna: DisputePaymentMethodDetailsKlarna | None = None
    paypal: DisputePaymentMethodDetailsPaypal | None = None
    type: str


class IssuingAuthorizationAmountDetails(WireModel, kw_only=True):
    """IssuingAuthorizationAmountDetails"""

    atm_fee: int | None = None
    cashback_amount: int | None = None


class IssuingCard(WireModel, kw_only=True):
    """You can [create physical or virtual cards](https://stripe.com/docs/issuing/cards) that are
    issued to cardholders.
    """

    brand: str
    cancellation_reason: str | None = None
    cardholder: IssuingCardholder
    created: int
    currency: str
    cvc: str | None = None
    exp_month: int
    exp_year: int
    financial_account: str | None = None
    id: str
    last4: str
    livemode: bool
    metadata: dict[str, str]
    number: str | None = None
    object: str
    personalization_design: str | IssuingPersonalizationDesign | None = None
    replaced_by: str | IssuingCard | None = None
    replacement_for: str | IssuingCard | None = None
    replacement_reason: str | None = None
    shipping: IssuingCardShipping | None = None
    spending_controls: IssuingCardAuthorizationControls
    status: str
    type: str
    wallets: IssuingCardWallets | None = None


class IssuingCardholder(WireModel, kw_only=True):
    """An Issuing `Cardholder` object represents an individual or business entity who is
    [issued](https://stripe.com/docs/issuing) cards.

    Related guide: [How to create a
    cardholder](https://stripe.com/docs/issuing/cards#create-cardholder)
    """

    billing: IssuingCardholderAddress
    company: IssuingCardholderCompany | None = None
    created: int
    email: str | None = None
    id: str
    individual: IssuingCardholderIndividual | None = None
    livemode: bool
    metadata: dict[str, str]
    name: str
    object: str
    phone_number: str | None = None
    preferred_locales: list[str] | None = None
    requirements: IssuingCardholderRequirements
    spending_controls: IssuingCardholderAuthorizationControls | None = None
    status: str
    type: str


class IssuingAuthorizationMerchantData(WireModel, kw_only=True):
    """IssuingAuthorizationMerchantData"""

    category: str
    category_code: str
    city: str | None = None
    country: str | None = None
    name: str | None = None
    network_id: str
    postal_code: str | None = None
    state: str | None = None
    terminal_id: str | None = None
    url: str | None = None


class IssuingAuthorizationNetworkData(WireModel, kw_only=True):
    """IssuingAuthorizationNetworkData"""

    acquiring_institution_id: str | None = None
    system_trace_audit_number: str | None = None
    transaction_id: str | None = None


class IssuingAuthorizationPendingRequest(WireModel, kw_only=True):
    """IssuingAuthorizationPendingRequest"""

    amount: int
    amount_details: IssuingAuthorizationAmountDetails | None = None
    currency: str
    is_amount_controllable: bool
    merchant_amount: int
    merchant_currency: str
    network_risk_score: int | None = None


class IssuingAuthorizationRequest(WireModel, kw_only=True):
    """IssuingAuthorizationRequest"""

    amount: int
    amount_details: IssuingAuthorizationAmountDetails | None = None
    approved: bool
    authorization_code: str | None = None
    created: int
    currency: str
    merchant_amount: int
    merchant_currency: str
    network_risk_score: int | None = None
    reason: str
    reason_message: str | None = None
    requested_at: int | None = None


class IssuingToken(WireModel, kw_only=True):
    """An issuing token object is created when an issued card is added to a digital wallet. As a
    [card issuer](https://stripe.com/docs/issuing), you can [view and manage these
    tokens](https://stripe.com/docs/issuing/controls/token-management) through Stripe.
    """

    card: str | IssuingCard
    created: int
    device_fingerprint: str | None = None
    id: str
    last4: str | None = None
    livemode: bool
    network: str
    network_data: IssuingNetworkTokenNetworkData | None = None
    network_updated_at: int
    object: str
    status: str
    wallet_provider: str | None = None


class IssuingAuthorizationTreasury(WireModel, kw_only=True):
    """IssuingAuthorizationTreasury"""

    received_credits: list[str]
    received_debits: list[str]
    transaction: str | None = None


class IssuingAuthorizationVerificationData(WireModel, kw_only=True):
    """IssuingAuthorizationVerificationData"""

    address_line1_check: str
    address_postal_code_check: str
    authentication_exemption: IssuingAuthorizationAuthenticationExemption | None = None
    cvc_check: str
    expiry_check: str
    postal_code: str | None = None
    three_d_secure: IssuingAuthorizationThreeDSecure | None = None


class IssuingDisputeEvidence(WireModel, kw_only=True):
    """IssuingDisputeEvidence"""

    canceled: IssuingDisputeCanceledEvidence | None = None
    duplicate: IssuingDisputeDuplicateEvidence | None = None
    fraudulent: IssuingDisputeFraudulentEvidence | None = None
    merchandise_not_as_described: IssuingDisputeMerchandiseNotAsDescribedEvidence | None = None
    no_valid_authorization: IssuingDisputeNoValidAuthorizationEvidence | None = None
    not_received: IssuingDisputeNotReceivedEvidence | None = None
    other: IssuingDisputeOtherEvidence | None = None
    reason: str
    service_not_as_described: IssuingDisputeServiceNotAsDescribedEvidence | None = None


class IssuingDisputeTreasury(WireModel, kw_only=True):
    """IssuingDisputeTreasury"""

    debit_reversal: str | None = None
    received_debit: str


class IssuingTransactionAmountDetails(WireModel, kw_only=True):
    """IssuingTransactionAmountDetails"""

    atm_fee: int | None = None
    cashback_amount: int | None = None


class IssuingTransactionNetworkData(WireModel, kw_only=True):
    """IssuingTransactionNetworkData"""

    authorization_code: str | None = None
    processing_date: str | None = None
    transaction_id: str | None = None


class IssuingTransactionPurchaseDetails(WireModel, kw_only=True):
    """IssuingTransactionPurchaseDetails"""

    flight: IssuingTransactionFlightData | None = None
    fuel: IssuingTransactionFuelData | None = None
    lodging: IssuingTransactionLodgingData | None = None
    receipt: list[IssuingTransactionReceiptData] | None = None
    reference: str | None = None


class IssuingTransactionTreasury(WireModel, kw_only=True):
    """IssuingTransactionTreasury"""

    received_credit: str | None = None
    received_debit: str | None = None


class DeletedBankAccount(WireModel, kw_only=True):
    """DeletedBankAccount"""

    currency: str | None = None
    deleted: bool
    id: str
    object: str


class DeletedCard(WireModel, kw_only=True):
    """DeletedCard"""

    currency: str | None = None
    deleted: bool
    id: str
    object: str


class EmailSent(WireModel, kw_only=True):
    """EmailSent"""

    email_sent_at: int
    email_sent_to: str


class PromotionCodeCurrencyOption(WireModel, kw_only=True):
    """PromotionCodeCurrencyOption"""

    minimum_amount: int


class CurrencyOption(WireModel, kw_only=True):
    """CurrencyOption"""

    custom_unit_amount: CustomUnitAmount | None = None
    tax_behavior: str | None = None
    tiers: list[PriceTier] | None = None
    unit_amount: int | None = None
    unit_amount_decimal: str | None = None


class CustomUnitAmount(WireModel, kw_only=True):
    """CustomUnitAmount"""

    maximum: int | None = None
    minimum: int | None = None
    preset: int | None = None


class Product(WireModel, kw_only=True):
    """Products describe the specific goods or services you offer to your customers.
    For example, you might offer a Standard and Premium version of your goods or service; each
    version would be a separate Product.
    They can be used in conjunction with [Prices](https://stripe.com/docs/api#prices) to
    configure pricing in Payment Links, Checkout, and Subscriptions.

    Related guides: [Set up a
    subscription](https://stripe.com/docs/billing/subscriptions/set-up-subscription),
    [share a Payment Link](https://stripe.com/docs/payment-links),
    [accept payments with
    Checkout](https://stripe.com/docs/payments/accept-a-payment#create-product-prices-upfront),
    and more about [Products and Prices](https://stripe.com/docs/products-prices/overview)
    """

    active: bool
    created: int
    default_price: str | Price | None = None
    description: str | None = None
    id: str
    images: list[str]
    livemode: bool
    marketing_features: list[ProductMarketingFeature]
    metadata: dict[str, str]
    name: str
    object: str
    package_dimensions: PackageDimensions | None = None
    shippable: bool | None = None
    statement_descriptor: str | None = None
    tax_code: str | TaxCode | None = None
    unit_label: str | None = None
    updated: int
    url: str | None = None


class DeletedProduct(WireModel, kw_only=True):
    """DeletedProduct"""

    deleted: bool
    id: str
    object: str


class Recurring(WireModel, kw_only=True):
    """Recurring"""

    aggregate_usage: str | None = None
    interval: str
    interval_count: int
    meter: str | None = None
    usage_type: str


class PriceTier(WireModel, kw_only=True):
    """PriceTier"""

    flat_amount: int | None = None
    flat_amount_decimal: str | None = None
    unit_amount: int | None = None
    unit_amount_decimal: str | None = None
    up_to: int | None = None


class TransformQuantity(WireModel, kw_only=True):
    """TransformQuantity"""

    divide_by: int
    round: str


class InvoicePaymentMethodOptionsAcssDebit(WireModel, kw_only=True):
    """invoice_payment_method_options_acss_debit"""

    mandate_options: InvoicePaymentMethodOptionsAcssDebitMandateOptions | None = None
    verification_method: str | None = None


class InvoicePaymentMethodOptionsBancontact(WireModel, kw_only=True):
    """invoice_payment_method_options_bancontact"""

    preferred_language: str


class SubscriptionPaymentMethodOptionsCard(WireModel, kw_only=True):
    """subscription_payment_method_options_card"""

    mandate_options: InvoiceMandateOptionsCard | None = None
    network: str | None = None
    request_three_d_secure: str | None = None


class InvoicePaymentMethodOptionsCustomerBalance(WireModel, kw_only=True):
    """invoice_payment_method_options_customer_balance"""

    bank_transfer: InvoicePaymentMethodOptionsCustomerBalanceBankTransfer | None = None
    funding_type: str | None = None


class InvoicePaymentMethodOptionsUsBankAccount(WireModel, kw_only=True):
    """invoice_payment_method_options_us_bank_account"""

    financial_connections: InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions | None = (
        None
    )
    verification_method: str | None = None


class SetupAttemptPaymentMethodDetails(WireModel, kw_only=True):
    """SetupAttemptPaymentMethodDetails"""

    acss_debit: SetupAttemptPaymentMethodDetailsAcssDebit | None = None
    amazon_pay: SetupAttemptPaymentMethodDetailsAmazonPay | None = None
    au_becs_debit: SetupAttemptPaymentMethodDetailsAuBecsDebit | None = None
    bacs_debit: SetupAttemptPaymentMethodDetailsBacsDebit | None = None
    bancontact: SetupAttemptPaymentMethodDetailsBancontact | None = None
    boleto: SetupAttemptPaymentMethodDetailsBoleto | None = None
    card: SetupAttemptPaymentMethodDetailsCard | None = None
    card_present: SetupAttemptPaymentMethodDetailsCardPresent | None = None
    cashapp: SetupAttemptPaymentMethodDetailsCashapp | None = None
    ideal: SetupAttemptPaymentMethodDetailsIdeal | None = None
    klarna: SetupAttemptPaymentMethodDetailsKlarna | None = None
    link: SetupAttemptPaymentMethodDetailsLink | None = None
    paypal: SetupAttemptPaymentMethodDetailsPaypal | None = None
    revolut_pay: SetupAttemptPaymentMethodDetailsRevolutPay | None = None
    sepa_debit: SetupAttemptPaymentMethodDetailsSepaDebit | None = None
    sofort: SetupAttemptPaymentMethodDetailsSofort | None = None
    type: str
    us_bank_account: SetupAttemptPaymentMethodDetailsUsBankAccount | None = None


class CustomerAcceptance(WireModel, kw_only=True):
    """customer_acceptance"""

    accepted_at: int | None = None
    offline: OfflineAcceptance | None = None
    online: OnlineAcceptance | None = None
    type: str


class MandatePaymentMethodDetails(WireModel, kw_only=True):
    """mandate_payment_method_details"""

    acss_debit: MandateAcssDebit | None = None
    amazon_pay: MandateAmazonPay | None = None
    au_becs_debit: MandateAuBecsDebit | None = None
    bacs_debit: MandateBacsDebit | None = None
    card: CardMandatePaymentMethodDetails | None = None
    cashapp: MandateCashapp | None = None
    link: MandateLink | None = None
    paypal: MandatePaypal | None = None
    revolut_pay: MandateRevolutPay | None = None
    sepa_debit: MandateSepaDebit | None = None
    type: str
    us_bank_account: MandateUsBankAccount | None = None


class MandateSingleUse(WireModel, kw_only=True):
    """mandate_single_use"""

    amount: int
    currency: str


class SetupIntentNextActionRedirectToUrl(WireModel, kw_only=True):
    """SetupIntentNextActionRedirectToUrl"""

    return_url: str | None = None
    url: str | None = None


class SetupIntentNextActionVerifyWithMicrodeposits(WireModel, kw_only=True):
    """SetupIntentNextActionVerifyWithMicrodeposits"""

    arrival_date: int
    hosted_verification_url: str
    microdeposit_type: str | None = None


class SetupIntentPaymentMethodOptionsAcssDebit(WireModel, kw_only=True):
    """setup_intent_payment_method_options_acss_debit"""

    currency: str | None = None
    mandate_options: SetupIntentPaymentMethodOptionsMandateOptionsAcssDebit | None = None
    verification_method: str | None = None


class SetupIntentTypeSpecificPaymentMethodOptionsClient(WireModel, kw_only=True):
    """SetupIntentTypeSpecificPaymentMethodOptionsClient"""

    verification_method: str | None = None


class SetupIntentPaymentMethodOptionsCard(WireModel, kw_only=True):
    """setup_intent_payment_method_options_card"""

    mandate_options: SetupIntentPaymentMethodOptionsCardMandateOptions | None = None
    network: str | None = None
    request_three_d_secure: str | None = None


class SetupIntentPaymentMethodOptionsPaypal(WireModel, kw_only=True):
    """setup_intent_payment_method_options_paypal"""

    billing_agreement_id: str | None = None


class SetupIntentPaymentMethodOptionsSepaDebit(WireModel, kw_only=True):
    """setup_intent_payment_method_options_sepa_debit"""

    mandate_options: SetupIntentPaymentMethodOptionsMandateOptionsSepaDebit | None = None


class SetupIntentPaymentMethodOptionsUsBankAccount(WireModel, kw_only=True):
    """setup_intent_payment_method_options_us_bank_account"""

    financial_connections: LinkedAccountOptionsUsBankAccount | None = None
    mandate_options: PaymentMethodOptionsUsBankAccountMandateOptions | None = None
    verification_method: str | None = None


class SubscriptionSchedulesResourceDefaultSettingsAutomaticTax(WireModel, kw_only=True):
    """SubscriptionSchedulesResourceDefaultSettingsAutomaticTax"""

    enabled: bool
    liability: ConnectAccountReference | None = None


class InvoiceSettingSubscriptionScheduleSetting(WireModel, kw_only=True):
    """InvoiceSettingSubscriptionScheduleSetting"""

    account_tax_ids: list[Any] | None = None
    days_until_due: int | None = None
    issuer: ConnectAccountReference


class SubscriptionScheduleAddInvoiceItem(WireModel, kw_only=True):
    """An Add Invoice Item describes the prices and quantities that will be added as pending invoice
    items when entering a phase.
    """

    discounts: list[DiscountsResourceStackableDiscount]
    price: Any
    quantity: int | None = None
    tax_rates: list[TaxRate] | None = None


class SchedulesPhaseAutomaticTax(WireModel, kw_only=True):
    """SchedulesPhaseAutomaticTax"""

    enabled: bool
    liability: ConnectAccountReference | None = None


class DeletedCoupon(WireModel, kw_only=True):
    """DeletedCoupon"""

    deleted: bool
    id: str
    object: str


class DiscountsResourceStackableDiscount(WireModel, kw_only=True):
    """DiscountsResourceStackableDiscount"""

    coupon: str | Coupon | None = None
    discount: str | Discount | None = None
    promotion_code: str | PromotionCode | None = None


class InvoiceSettingSubscriptionSchedulePhaseSetting(WireModel, kw_only=True):
    """InvoiceSettingSubscriptionSchedulePhaseSetting"""

    account_tax_ids: list[Any] | None = None
    days_until_due: int | None = None
    issuer: ConnectAccountReference | None = None


class SubscriptionScheduleConfigurationItem(WireModel, kw_only=True):
    """A phase item describes the price and quantity of a phase."""

    billing_thresholds: SubscriptionItemBillingThresholds | None = None
    discounts: list[DiscountsResourceStackableDiscount]
    metadata: dict[str, str] | None = None
    price: Any
    quantity: int | None = None
    tax_rates: list[TaxRate] | None = None


class InvoicesResourceLineItemsCreditedItems(WireModel, kw_only=True):
    """InvoicesResourceLineItemsCreditedItems"""

    invoice: str
    invoice_line_items: list[str]


class InvoicePaymentMethodOptionsCard(WireModel, kw_only=True):
    """invoice_payment_method_options_card"""

    installments: InvoiceInstallmentsCard | None = None
    request_three_d_secure: str | None = None


class QuotesResourceRecurring(WireModel, kw_only=True):
    """QuotesResourceRecurring"""

    amount_subtotal: int
    amount_total: int
    interval: str
    interval_count: int
    total_details: QuotesResourceTotalDetails


class QuotesResourceUpfront(WireModel, kw_only=True):
    """QuotesResourceUpfront"""

    amount_subtotal: int
    amount_total: int
    line_items: QuotesResourceUpfrontLineItems | None = None
    total_details: QuotesResourceTotalDetails


class QuotesResourceUpfrontLineItems(WireModel, kw_only=True):
    """The line items that will appear on the next invoice after this quote is accepted. This does
    not include pending invoice items that exist on the customer but may still be included in the
    next invoice.
    """

    data: list[Item]
    has_more: bool
    object: str
    url: str


class LineItemsDiscountAmount(WireModel, kw_only=True):
    """LineItemsDiscountAmount"""

    amount: int
    discount: Discount


class QuotesResourceTotalDetailsResourceBreakdown(WireModel, kw_only=True):
    """QuotesResourceTotalDetailsResourceBreakdown"""

    discounts: list[LineItemsDiscountAmount]
    taxes: list[LineItemsTaxAmount]


class ShippingRateDeliveryEstimate(WireModel, kw_only=True):
    """ShippingRateDeliveryEstimate"""

    maximum: ShippingRateDeliveryEstimateBound | None = None
    minimum: ShippingRateDeliveryEstimateBound | None = None


class ShippingRateFixedAmount(WireModel, kw_only=True):
    """ShippingRateFixedAmount"""

    amount: int
    currency: str
    currency_options: dict[str, ShippingRateCurrencyOption] | None = None


class TaxCode(WireModel, kw_only=True):
    """[Tax codes](https://stripe.com/docs/tax/tax-categories) classify goods and services for tax
    purposes.
    """

    description: str
    id: str
    name: str
    object: str


class PaymentMethodDetailsCardChecks(WireModel, kw_only=True):
    """payment_method_details_card_checks"""

    address_line1_check: str | None = None
    address_postal_code_check: str | None = None
    cvc_check: str | None = None


class PaymentFlowsPrivatePaymentMethodsCardDetailsApiResoucifijjkh(WireModel, kw_only=True):
    """PaymentFlowsPrivatePaymentMethodsCardDetailsAPIResourceEnterpriseFeaturesExtendedAuthorizationExtendedAuthorization"""

    status: str


class PaymentFlowsPrivatePaymentMethodsCardDetailsApiResoukgknnioi(WireModel, kw_only=True):
    """PaymentFlowsPrivatePaymentMethodsCardDetailsAPIResourceEnterpriseFeaturesIncrementalAuthorizationIncrementalAuthorization"""

    status: str


class PaymentMethodDetailsCardInstallments(WireModel, kw_only=True):
    """payment_method_details_card_installments"""

    plan: PaymentMethodDetailsCardInstallmentsPlan | None = None


class PaymentFlowsPrivatePaymentMethodsCardDetailsApiResouoplkhlaf(WireModel, kw_only=True):
    """PaymentFlowsPrivatePaymentMethodsCardDetailsAPIResourceMulticapture"""

    status: str


class PaymentMethodDetailsCardNetworkToken(WireModel, kw_only=True):
    """payment_method_details_card_network_token"""

    used: bool


class PaymentFlowsPrivatePaymentMethodsCardDetailsApiResoughkcgaoh(WireModel, kw_only=True):
    """PaymentFlowsPrivatePaymentMethodsCardDetailsAPIResourceEnterpriseFeaturesOvercaptureOvercapture"""

    maximum_amount_capturable: int
    status: str


class ThreeDSecureDetailsCharge(WireModel, kw_only=True):
    """three_d_secure_details_charge"""

    authentication_flow: str | None = None
    electronic_commerce_indicator: str | None = None
    exemption_indicator: str | None = None
    exemption_indicator_applied: bool | None = None
    result: str | None = None
    result_reason: str | None = None
    transaction_id: str | None = None
    version: str | None = None


class PaymentMethodDetailsCardWallet(WireModel, kw_only=True):
    """payment_method_details_card_wallet"""

    amex_express_checkout: PaymentMethodDetailsCardWalletAmexExpressCheckout | None = None
    apple_pay: PaymentMethodDetailsCardWalletApplePay | None = None
    dynamic_last4: str | None = None
    google_pay: PaymentMethodDetailsCardWalletGooglePay | None = None
    link: PaymentMethodDetailsCardWalletLink | None = None
    masterpass: PaymentMethodDetailsCardWalletMasterpass | None = None
    samsung_pay: PaymentMethodDetailsCardWalletSamsungPay | None = None
    type: str
    visa_checkout: PaymentMethodDetailsCardWalletVisaCheckout | None = None


class PaymentMethodDetailsCardPresentOffline(WireModel, kw_only=True):
    """payment_method_details_card_present_offline"""

    stored_at: int | None = None


class PaymentMethodDetailsCardPresentReceipt(WireModel, kw_only=True):
    """payment_method_details_card_present_receipt"""

    account_type: str | None = None
    application_cryptogram: str | None = None
    application_preferred_name: str | None = None
    authorization_code: str | None = None
    authorization_response_code: str | None = None
    cardholder_verification_method: str | None = None
    dedicated_file_name: str | None = None
    terminal_verification_results: str | None = None
    transaction_status_information: str | None = None


class PaymentMethodDetailsInteracPresentReceipt(WireModel, kw_only=True):
    """payment_method_details_interac_present_receipt"""

    account_type: str | None = None
    application_cryptogram: str | None = None
    application_preferred_name: str | None = None
    authorization_code: str | None = None
    authorization_response_code: str | None = None
    cardholder_verification_method: str | None = None
    dedicated_file_name: str | None = None
    terminal_verification_results: str | None = None
    transaction_status_information: str | None = None


class PaymentMethodDetailsKonbiniStore(WireModel, kw_only=True):
    """payment_method_details_konbini_store"""

    chain: str | None = None


class InternalCard(WireModel, kw_only=True):
    """internal_card"""

    brand: str | None = None
    country: str | None = None
    exp_month: int | None = None
    exp_year: int | None = None
    last4: str | None = None


class PaypalSellerProtection(WireModel, kw_only=True):
    """paypal_seller_protection"""

    dispute_categories: list[str] | None = None
    status: str


class FundingInstructionsBankTransferAbaRecord(WireModel, kw_only=True):
    """ABA Records contain U.S. bank account details per the ABA format."""

    account_number: str
    bank_name: str
    routing_number: str


class FundingInstructionsBankTransferIbanRecord(WireModel, kw_only=True):
    """Iban Records contain E.U. bank account details per the SEPA format."""

    account_holder_name: str
    bic: str
    country: str
    iban: str


class FundingInstructionsBankTransferSortCodeRecord(WireModel, kw_only=True):
    """Sort Code Records contain U.K. bank account details per the sort code format."""

    account_holder_name: str
    account_number: str
    sort_code: str


class FundingInstructionsBankTransferSpeiRecord(WireModel, kw_only=True):
    """SPEI Records contain Mexico bank account details per the SPEI format."""

    bank_code: str
    bank_name: str
    clabe: str


class FundingInstructionsBankTransferSwiftRecord(WireModel, kw_only=True):
    """SWIFT Records contain U.S. bank account details per the SWIFT format."""

    account_number: str
    bank_name: str
    swift_code: str


class FundingInstructionsBankTransferZenginRecord(WireModel, kw_only=True):
    """Zengin Records contain Japan bank account details per the Zengin format."""

    account_holder_name: str | None = None
    account_number: str | None = None
    account_type: str | None = None
    bank_code: str | None = None
    bank_name: str | None = None
    branch_code: str | None = None
    branch_name: str | None = None


class PaymentIntentNextActionKonbiniFamilymart(WireModel, kw_only=True):
    """payment_intent_next_action_konbini_familymart"""

    confirmation_number: str | None = None
    payment_code: str


class PaymentIntentNextActionKonbiniLawson(WireModel, kw_only=True):
    """payment_intent_next_action_konbini_lawson"""

    confirmation_number: str | None = None
    payment_code: str


class PaymentIntentNextActionKonbiniMinistop(WireModel, kw_only=True):
    """payment_intent_next_action_konbini_ministop"""

    confirmation_number: str | None = None
    payment_code: str


class PaymentIntentNextActionKonbiniSeicomart(WireModel, kw_only=True):
    """payment_intent_next_action_konbini_seicomart"""

    confirmation_number: str | None = None
    payment_code: str


class LegalEntityCompanyVerificationDocument(WireModel, kw_only=True):
    """LegalEntityCompanyVerificationDocument"""

    back: str | File | None = None
    details: str | None = None
    details_code: str | None = None
    front: str | File | None = None


class PersonAdditionalTosAcceptance(WireModel, kw_only=True):
    """PersonAdditionalTOSAcceptance"""

    date: int | None = None
    ip: str | None = None
    user_agent: str | None = None


class LegalEntityPersonVerificationDocument(WireModel, kw_only=True):
    """LegalEntityPersonVerificationDocument"""

    back: str | File | None = None
    details: str | None = None
    details_code: str | None = None
    front: str | File | None = None


class File(WireModel, kw_only=True):
    """This object represents files hosted on Stripe's servers. You can upload
    files with the [create file](https://stripe.com/docs/api#create_file) request
    (for example, when uploading dispute evidence). Stripe also
    creates files independently (for example, the results of a Sigma scheduled
    query).

    Related guide: [File upload guide](https://stripe.com/docs/file-upload)
    """

    created: int
    expires_at: int | None = None
    filename: str | None = None
    id: str
    links: FileLinks | None = None
    object: str
    purpose: str
    size: int
    title: str | None = None
    type: str | None = None
    url: str | None = None


class FileLinks(WireModel, kw_only=True):
    """A list of [file links](https://stripe.com/docs/api#file_links) that point at this file."""

    data: list[FileLink]
    has_more: bool
    object: str
    url: str


class CardIssuingAccountTermsOfService(WireModel, kw_only=True):
    """CardIssuingAccountTermsOfService"""

    date: int | None = None
    ip: str | None = None
    user_agent: str | None = None


class AccountDeclineChargeOn(WireModel, kw_only=True):
    """AccountDeclineChargeOn"""

    avs_failure: bool
    cvc_failure: bool


class TransferSchedule(WireModel, kw_only=True):
    """TransferSchedule"""

    delay_days: int
    interval: str
    monthly_anchor: int | None = None
    weekly_anchor: str | None = None


class AccountTermsOfService(WireModel, kw_only=True):
    """AccountTermsOfService"""

    date: int | None = None
    ip: str | None = None
    user_agent: str | None = None


class CardGeneratedFromPaymentMethodDetails(WireModel, kw_only=True):
    """card_generated_from_payment_method_details"""

    card_present: PaymentMethodDetailsCardPresent | None = None
    type: str


class PaymentMethodCardWalletMasterpass(WireModel, kw_only=True):
    """payment_method_card_wallet_masterpass"""

    billing_address: Address | None = None
    email: str | None = None
    name: str | None = None
    shipping_address: Address | None = None


class PaymentMethodCardWalletVisaCheckout(WireModel, kw_only=True):
    """payment_method_card_wallet_visa_checkout"""

    billing_address: Address | None = None
    email: str | None = None
    name: str | None = None
    shipping_address: Address | None = None


class PaymentMethodUsBankAccountBlocked(WireModel, kw_only=True):
    """payment_method_us_bank_account_blocked"""

    network_code: str | None = None
    reason: str | None = None


class PaymentMethodDetailsCardInstallmentsPlan(WireModel, kw_only=True):
    """payment_method_details_card_installments_plan"""

    count: int | None = None
    interval: str | None = None
    type: str


class PaymentMethodOptionsCustomerBalanceEuBankAccount(WireModel, kw_only=True):
    """payment_method_options_customer_balance_eu_bank_account"""

    country: str


class CustomerBalanceResourceCashBalanceTransactionResourchommogbi(WireModel, kw_only=True):
    """CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransfer"""

    eu_bank_transfer: CustomerBalanceResourceCashBalanceTransactionResourcoibjeaii | None = None
    gb_bank_transfer: CustomerBalanceResourceCashBalanceTransactionResourcgphpiiof | None = None
    jp_bank_transfer: CustomerBalanceResourceCashBalanceTransactionResourccffhhkdh | None = None
    reference: str | None = None
    type: str
    us_bank_transfer: CustomerBalanceResourceCashBalanceTransactionResourcjcmocaln | None = None


class DisputePaymentMethodDetailsCard(WireModel, kw_only=True):
    """DisputePaymentMethodDetailsCard"""

    brand: str
    network_reason_code: str | None = None


class DisputePaymentMethodDetailsKlarna(WireModel, kw_only=True):
    """DisputePaymentMethodDetailsKlarna"""

    reason_code: str | None = None


class DisputePaymentMethodDetailsPaypal(WireModel, kw_only=True):
    """DisputePaymentMethodDetailsPaypal"""

    case_id: str | None = None
    reason_code: str | None = None


class IssuingPersonalizationDesign(WireModel, kw_only=True):
    """A Personalization Design is a logical grouping of a Physical Bundle, card logo, and carrier
    text that represents a product line.
    """

    card_logo: str | File | None = None
    carrier_text: IssuingPersonalizationDesignCarrierText | None = None
    created: int
    id: str
    livemode: bool
    lookup_key: str | None = None
    metadata: dict[str, str]
    name: str | None = None
    object: str
    physical_bundle: str | IssuingPhysicalBundle
    preferences: IssuingPersonalizationDesignPreferences
    rejection_reasons: IssuingPersonalizationDesignRejectionReasons
    status: str


class IssuingCardShipping(WireModel, kw_only=True):
    """IssuingCardShipping"""

    address: Address
    carrier: str | None = None
    customs: IssuingCardShippingCustoms | None = None
    eta: int | None = None
    name: str
    phone_number: str | None = None
    require_signature: bool | None = None
    service: str
    status: str | None = None
    tracking_number: str | None = None
    tracking_url: str | None = None
    type: str


class IssuingCardAuthorizationControls(WireModel, kw_only=True):
    """IssuingCardAuthorizationControls"""

    allowed_categories: list[str] | None = None
    allowed_merchant_countries: list[str] | None = None
    blocked_categories: list[str] | None = None
    blocked_merchant_countries: list[str] | None = None
    spending_limits: list[IssuingCardSpendingLimit] | None = None
    spending_limits_currency: str | None = None


class IssuingCardWallets(WireModel, kw_only=True):
    """IssuingCardWallets"""

    apple_pay: IssuingCardApplePay
    google_pay: IssuingCardGooglePay
    primary_account_identifier: str | None = None


class IssuingCardholderAddress(WireModel, kw_only=True):
    """IssuingCardholderAddress"""

    address: Address


class IssuingCardholderCompany(WireModel, kw_only=True):
    """IssuingCardholderCompany"""

    tax_id_provided: bool


class IssuingCardholderIndividual(WireModel, kw_only=True):
    """IssuingCardholderIndividual"""

    card_issuing: IssuingCardholderCardIssuing | None = None
    dob: IssuingCardholderIndividualDob | None = None
    first_name: str | None = None
    last_name: str | None = None
    verification: IssuingCardholderVerification | None = None


class IssuingCardholderRequirements(WireModel, kw_only=True):
    """IssuingCardholderRequirements"""

    disabled_reason: str | None = None
    past_due: list[str] | None = None


class IssuingCardholderAuthorizationControls(WireModel, kw_only=True):
    """IssuingCardholderAuthorizationControls"""

    allowed_categories: list[str] | None = None
    allowed_merchant_countries: list[str] | None = None
    blocked_categories: list[str] | None = None
    blocked_merchant_countries: list[str] | None = None
    spending_limits: list[IssuingCardholderSpendingLimit] | None = None
    spending_limits_currency: str | None = None


class IssuingNetworkTokenNetworkData(WireModel, kw_only=True):
    """IssuingNetworkTokenNetworkData"""

    device: IssuingNetworkTokenDevice | None = None
    mastercard: IssuingNetworkTokenMastercard | None = None
    type: str
    visa: IssuingNetworkTokenVisa | None = None
    wallet_provider: IssuingNetworkTokenWalletProvider | None = None


class IssuingAuthorizationAuthenticationExemption(WireModel, kw_only=True):
    """IssuingAuthorizationAuthenticationExemption"""

    claimed_by: str
    type: str


class IssuingAuthorizationThreeDSecure(WireModel, kw_only=True):
    """IssuingAuthorizationThreeDSecure"""

    result: str


class IssuingDisputeCanceledEvidence(WireModel, kw_only=True):
    """IssuingDisputeCanceledEvidence"""

    additional_documentation: str | File | None = None
    canceled_at: int | None = None
    cancellation_policy_provided: bool | None = None
    cancellation_reason: str | None = None
    expected_at: int | None = None
    explanation: str | None = None
    product_description: str | None = None
    product_type: str | None = None
    return_status: str | None = None
    returned_at: int | None = None


class IssuingDisputeDuplicateEvidence(WireModel, kw_only=True):
    """IssuingDisputeDuplicateEvidence"""

    additional_documentation: str | File | None = None
    card_statement: str | File | None = None
    cash_receipt: str | File | None = None
    check_image: str | File | None = None
    explanation: str | None = None
    original_transaction: str | None = None


class IssuingDisputeFraudulentEvidence(WireModel, kw_only=True):
    """IssuingDisputeFraudulentEvidence"""

    additional_documentation: str | File | None = None
    explanation: str | None = None


class IssuingDisputeMerchandiseNotAsDescribedEvidence(WireModel, kw_only=True):
    """IssuingDisputeMerchandiseNotAsDescribedEvidence"""

    additional_documentation: str | File | None = None
    explanation: str | None = None
    received_at: int | None = None
    return_description: str | None = None
    return_status: str | None = None
    returned_at: int | None = None


class IssuingDisputeNoValidAuthorizationEvidence(WireModel, kw_only=True):
    """IssuingDisputeNoValidAuthorizationEvidence"""

    additional_documentation: str | File | None = None
    explanation: str | None = None


class IssuingDisputeNotReceivedEvidence(WireModel, kw_only=True):
    """IssuingDisputeNotReceivedEvidence"""

    additional_documentation: str | File | None = None
    expected_at: int | None = None
    explanation: str | None = None
    product_description: str | None = None
    product_type: str | None = None


class IssuingDisputeOtherEvidence(WireModel, kw_only=True):
    """IssuingDisputeOtherEvidence"""

    additional_documentation: str | File | None = None
    explanation: str | None = None
    product_description: str | None = None
    product_type: str | None = None


class IssuingDisputeServiceNotAsDescribedEvidence(WireModel, kw_only=True):
    """IssuingDisputeServiceNotAsDescribedEvidence"""

    additional_documentation: str | File | None = None
    canceled_at: int | None = None
    cancellation_reason: str | None = None
    explanation: str | None = None
    received_at: int | None = None


class IssuingTransactionFlightData(WireModel, kw_only=True):
    """IssuingTransactionFlightData"""

    departure_at: int | None = None
    passenger_name: str | None = None
    refundable: bool | None = None
    segments: list[IssuingTransactionFlightDataLeg] | None = None
    travel_agency: str | None = None


class IssuingTransactionFuelData(WireModel, kw_only=True):
    """IssuingTransactionFuelData"""

    type: str
    unit: str
    unit_cost_decimal: str
    volume_decimal: str | None = None


class IssuingTransactionLodgingData(WireModel, kw_only=True):
    """IssuingTransactionLodgingData"""

    check_in_at: int | None = None
    nights: int | None = None


class IssuingTransactionReceiptData(WireModel, kw_only=True):
    """IssuingTransactionReceiptData"""

    description: str | None = None
    quantity: float | None = None
    total: int | None = None
    unit_cost: int | None = None


class ProductMarketingFeature(WireModel, kw_only=True):
    """ProductMarketingFeature"""

    name: str | None = None


class PackageDimensions(WireModel, kw_only=True):
    """PackageDimensions"""

    height: float
    length: float
    weight: float
    width: float


class InvoicePaymentMethodOptionsAcssDebitMandateOptions(WireModel, kw_only=True):
    """invoice_payment_method_options_acss_debit_mandate_options"""

    transaction_type: str | None = None


class InvoiceMandateOptionsCard(WireModel, kw_only=True):
    """invoice_mandate_options_card"""

    amount: int | None = None
    amount_type: str | None = None
    description: str | None = None


class InvoicePaymentMethodOptionsCustomerBalanceBankTransfer(WireModel, kw_only=True):
    """invoice_payment_method_options_customer_balance_bank_transfer"""

    eu_bank_transfer: InvoicePaymentMethodOptionsCustomerBalanceBankTransfnomdelbd | None = None
    type: str | None = None


class InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions(WireModel, kw_only=True):
    """invoice_payment_method_options_us_bank_account_linked_account_options"""

    permissions: list[str] | None = None
    prefetch: list[str] | None = None


class SetupAttemptPaymentMethodDetailsBancontact(WireModel, kw_only=True):
    """setup_attempt_payment_method_details_bancontact"""

    bank_code: str | None = None
    bank_name: str | None = None
    bic: str | None = None
    generated_sepa_debit: str | PaymentMethod | None = None
    generated_sepa_debit_mandate: str | Mandate | None = None
    iban_last4: str | None = None
    preferred_language: str | None = None
    verified_name: str | None = None


class SetupAttemptPaymentMethodDetailsCard(WireModel, kw_only=True):
    """setup_attempt_payment_method_details_card"""

    brand: str | None = None
    checks: SetupAttemptPaymentMethodDetailsCardChecks | None = None
    country: str | None = None
    exp_month: int | None = None
    exp_year: int | None = None
    fingerprint: str | None = None
    funding: str | None = None
    last4: str | None = None
    network: str | None = None
    three_d_secure: ThreeDSecureDetails | None = None
    wallet: SetupAttemptPaymentMethodDetailsCardWallet | None = None


class SetupAttemptPaymentMethodDetailsCardPresent(WireModel, kw_only=True):
    """setup_attempt_payment_method_details_card_present"""

    generated_card: str | PaymentMethod | None = None
    offline: PaymentMethodDetailsCardPresentOffline | None = None


class SetupAttemptPaymentMethodDetailsIdeal(WireModel, kw_only=True):
    """setup_attempt_payment_method_details_ideal"""

    bank: str | None = None
    bic: str | None = None
    generated_sepa_debit: str | PaymentMethod | None = None
    generated_sepa_debit_mandate: str | Mandate | None = None
    iban_last4: str | None = None
    verified_name: str | None = None


class SetupAttemptPaymentMethodDetailsSofort(WireModel, kw_only=True):
    """setup_attempt_payment_method_details_sofort"""

    bank_code: str | None = None
    bank_name: str | None = None
    bic: str | None = None
    generated_sepa_debit: str | PaymentMethod | None = None
    generated_sepa_debit_mandate: str | Mandate | None = None
    iban_last4: str | None = None
    preferred_language: str | None = None
    verified_name: str | None = None


class OnlineAcceptance(WireModel, kw_only=True):
    """online_acceptance"""

    ip_address: str | None = None
    user_agent: str | None = None


class MandateAcssDebit(WireModel, kw_only=True):
    """mandate_acss_debit"""

    default_for: list[str] | None = None
    interval_description: str | None = None
    payment_schedule: str
    transaction_type: str


class MandateAuBecsDebit(WireModel, kw_only=True):
    """mandate_au_becs_debit"""

    url: str


class MandateBacsDebit(WireModel, kw_only=True):
    """mandate_bacs_debit"""

    network_status: str
    reference: str
    revocation_reason: str | None = None
    url: str


class MandatePaypal(WireModel, kw_only=True):
    """mandate_paypal"""

    billing_agreement_id: str | None = None
    payer_id: str | None = None


class MandateSepaDebit(WireModel, kw_only=True):
    """mandate_sepa_debit"""

    reference: str
    url: str


class MandateUsBankAccount(WireModel, kw_only=True):
    """mandate_us_bank_account"""

    collection_method: str | None = None


class SetupIntentPaymentMethodOptionsMandateOptionsAcssDebit(WireModel, kw_only=True):
    """setup_intent_payment_method_options_mandate_options_acss_debit"""

    custom_mandate_url: str | None = None
    default_for: list[str] | None = None
    interval_description: str | None = None
    payment_schedule: str | None = None
    transaction_type: str | None = None


class SetupIntentPaymentMethodOptionsCardMandateOptions(WireModel, kw_only=True):
    """setup_intent_payment_method_options_card_mandate_options"""

    amount: int
    amount_type: str
    currency: str
    description: str | None = None
    end_date: int | None = None
    interval: str
    interval_count: int | None = None
    reference: str
    start_date: int
    supported_types: list[str] | None = None


class DeletedPrice(WireModel, kw_only=True):
    """DeletedPrice"""

    deleted: bool
    id: str
    object: str


class InvoiceInstallmentsCard(WireModel, kw_only=True):
    """invoice_installments_card"""

    enabled: bool | None = None


class ShippingRateDeliveryEstimateBound(WireModel, kw_only=True):
    """ShippingRateDeliveryEstimateBound"""

    unit: str
    value: int


class ShippingRateCurrencyOption(WireModel, kw_only=True):
    """ShippingRateCurrencyOption"""

    amount: int
    tax_behavior: str


class PaymentMethodDetailsCardWalletMasterpass(WireModel, kw_only=True):
    """payment_method_details_card_wallet_masterpass"""

    billing_address: Address | None = None
    email: str | None = None
    name: str | None = None
    shipping_address: Address | None = None


class PaymentMethodDetailsCardWalletVisaCheckout(WireModel, kw_only=True):
    """payment_method_details_card_wallet_visa_checkout"""

    billing_address: Address | None = None
    email: str | None = None
    name: str | None = None
    shipping_address: Address | None = None


class FileLink(WireModel, kw_only=True):
    """To share the contents of a `File` object with non-Stripe users, you can
    create a `FileLink`. `FileLink`s contain a URL that you can use to
    retrieve the contents of the file without authentication.
    """

    created: int
    expired: bool
    expires_at: int | None = None
    file: str | File
    id: str
    livemode: bool
    metadata: dict[str, str]
    object: str
    url: str | None = None


class CustomerBalanceResourceCashBalanceTransactionResourcoibjeaii(WireModel, kw_only=True):
    """CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceEuBankTransfer"""

    bic: str | None = None
    iban_last4: str | None = None
    sender_name: str | None = None


class CustomerBalanceResourceCashBalanceTransactionResourcgphpiiof(WireModel, kw_only=True):
    """CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceGbBankTransfer"""

    account_number_last4: str | None = None
    sender_name: str | None = None
    sort_code: str | None = None


class CustomerBalanceResourceCashBalanceTransactionResourccffhhkdh(WireModel, kw_only=True):
    """CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceJpBankTransfer"""

    sender_bank: str | None = None
    sender_branch: str | None = None
    sender_name: str | None = None


class CustomerBalanceResourceCashBalanceTransactionResourcjcmocaln(WireModel, kw_only=True):
    """CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceUsBankTransfer"""

    network: str | None = None
    sender_name: str | None = None


class IssuingPersonalizationDesignCarrierText(WireModel, kw_only=True):
    """IssuingPersonalizationDesignCarrierText"""

    footer_body: str | None = None
    footer_title: str | None = None
    header_body: str | None = None
    header_title: str | None = None


class IssuingPhysicalBundle(WireModel, kw_only=True):
    """A Physical Bundle represents the bundle of physical items - card stock, carrier letter, and
    envelope - that is shipped to a cardholder when you create a physical card.
    """

    features: IssuingPhysicalBundleFeatures | None = None
    id: str
    livemode: bool
    name: str
    object: str
    status: str
    type: str


class IssuingPersonalizationDesignPreferences(WireModel, kw_only=True):
    """IssuingPersonalizationDesignPreferences"""

    is_default: bool
    is_platform_default: bool | None = None


class IssuingPersonalizationDesignRejectionReasons(WireModel, kw_only=True):
    """IssuingPersonalizationDesignRejectionReasons"""

    card_logo: list[str] | None = None
    carrier_text: list[str] | None = None


class IssuingCardShippingCustoms(WireModel, kw_only=True):
    """IssuingCardShippingCustoms"""

    eori_number: str | None = None


class IssuingCardSpendingLimit(WireModel, kw_only=True):
    """IssuingCardSpendingLimit"""

    amount: int
    categories: list[str] | None = None
    interval: str


class IssuingCardApplePay(WireModel, kw_only=True):
    """IssuingCardApplePay"""

    eligible: bool
    ineligible_reason: str | None = None


class IssuingCardGooglePay(WireModel, kw_only=True):
    """IssuingCardGooglePay"""

    eligible: bool
    ineligible_reason: str | None = None


class IssuingCardholderCardIssuing(WireModel, kw_only=True):
    """IssuingCardholderCardIssuing"""

    user_terms_acceptance: IssuingCardholderUserTermsAcceptance | None = None


class IssuingCardholderIndividualDob(WireModel, kw_only=True):
    """IssuingCardholderIndividualDOB"""

    day: int | None = None
    month: int | None = None
    year: int | None = None


class IssuingCardholderVerification(WireModel, kw_only=True):
    """IssuingCardholderVerification"""

    document: IssuingCardholderIdDocument | None = None


class IssuingCardholderSpendingLimit(WireModel, kw_only=True):
    """IssuingCardholderSpendingLimit"""

    amount: int
    categories: list[str] | None = None
    interval: str


class IssuingNetworkTokenDevice(WireModel, kw_only=True):
    """IssuingNetworkTokenDevice"""

    device_fingerprint: str | None = None
    ip_address: str | None = None
    location: str | None = None
    name: str | None = None
    phone_number: str | None = None
    type: str | None = None


class IssuingNetworkTokenMastercard(WireModel, kw_only=True):
    """IssuingNetworkTokenMastercard"""

    card_reference_id: str | None = None
    token_reference_id: str
    token_requestor_id: str
    token_requestor_name: str | None = None


class IssuingNetworkTokenVisa(WireModel, kw_only=True):
    """IssuingNetworkTokenVisa"""

    card_reference_id: str
    token_reference_id: str
    token_requestor_id: str
    token_risk_score: str | None = None


class IssuingNetworkTokenWalletProvider(WireModel, kw_only=True):
    """IssuingNetworkTokenWalletProvider"""

    account_id: str | None = None
    account_trust_score: int | None = None
    card_number_source: str | None = None
    cardholder_address: IssuingNetworkTokenAddress | None = None
    cardholder_name: str | None = None
    device_trust_score: int | None = None
    hashed_account_email_address: str | None = None
    reason_codes: list[str] | None = None
    suggested_decision: str | None = None
    suggested_decision_version: str | None = None


class IssuingTransactionFlightDataLeg(WireModel, kw_only=True):
    """IssuingTransactionFlightDataLeg"""

    arrival_airport_code: str | None = None
    carrier: str | None = None
    departure_airport_code: str | None = None
    flight_number: str | None = None
    service_class: str | None = None
    stopover_allowed: bool | None = None


class InvoicePaymentMethodOptionsCustomerBalanceBankTransfnomdelbd(WireModel, kw_only=True):
    """invoice_payment_method_options_customer_balance_bank_transfer_eu_bank_transfer"""

    country: str


class SetupAttemptPaymentMethodDetailsCardChecks(WireModel, kw_only=True):
    """setup_attempt_payment_method_details_card_checks"""

    address_line1_check: str | None = None
    address_postal_code_check: str | None = None
    cvc_check: str | None = None


class ThreeDSecureDetails(WireModel, kw_only=True):
    """three_d_secure_details"""

    authentication_flow: str | None = None
    electronic_commerce_indicator: str | None = None
    result: str | None = None
    result_reason: str | None = None
    transaction_id: str | None = None
    version: str | None = None


class SetupAttemptPaymentMethodDetailsCardWallet(WireModel, kw_only=True):
    """setup_attempt_payment_method_details_card_wallet"""

    apple_pay: PaymentMethodDetailsCardWalletApplePay | None = None
    google_pay: PaymentMethodDetailsCardWalletGooglePay | None = None
    type: str


class IssuingPhysicalBundleFeatures(WireModel, kw_only=True):
    """IssuingPhysicalBundleFeatures"""

    card_logo: str
    carrier_text: str
    second_line: str


class IssuingCardholderUserTermsAcceptance(WireModel, kw_only=True):
    """IssuingCardholderUserTermsAcceptance"""

    date: int | None = None
    ip: str | None = None
    user_agent: str | None = None


class IssuingCardholderIdDocument(WireModel, kw_only=True):
    """IssuingCardholderIdDocument"""

    back: str | File | None = None
    front: str | File | None = None


class IssuingNetworkTokenAddress(WireModel, kw_only=True):
    """IssuingNetworkTokenAddress"""

    line1: str
    postal_code: str


PaymentMethodAffirm: TypeAlias = dict[str, Any]
PaymentMethodAfterpayClearpay: TypeAlias = dict[str, Any]
PaymentFlowsPrivatePaymentMethodsAlipay: TypeAlias = dict[str, Any]
PaymentMethodAmazonPay: TypeAlias = dict[str, Any]
PaymentMethodBancontact: TypeAlias = dict[str, Any]
PaymentMethodBlik: TypeAlias = dict[str, Any]
PaymentMethodCustomerBalance: TypeAlias = dict[str, Any]
PaymentMethodGiropay: TypeAlias = dict[str, Any]
PaymentMethodGrabpay: TypeAlias = dict[str, Any]
PaymentMethodKonbini: TypeAlias = dict[str, Any]
PaymentMethodMobilepay: TypeAlias = dict[str, Any]
PaymentMethodOxxo: TypeAlias = dict[str, Any]
PaymentMethodPaynow: TypeAlias = dict[str, Any]
PaymentMethodPix: TypeAlias = dict[str, Any]
PaymentMethodPromptpay: TypeAlias = dict[str, Any]
PaymentMethodRevolutPay: TypeAlias = dict[str, Any]
PaymentMethodSwish: TypeAlias = dict[str, Any]
PaymentMethodWechatPay: TypeAlias = dict[str, Any]
PaymentMethodZip: TypeAlias = dict[str, Any]
PaymentMethodOptionsInteracPresent: TypeAlias = dict[str, Any]
DestinationDetailsUnimplemented: TypeAlias = dict[str, Any]
PaymentMethodDetailsAffirm: TypeAlias = dict[str, Any]
PaymentMethodDetailsAmazonPay: TypeAlias = dict[str, Any]
PaymentMethodDetailsBlik: TypeAlias = dict[str, Any]
PaymentMethodDetailsCustomerBalance: TypeAlias = dict[str, Any]
PaymentMethodDetailsRevolutPay: TypeAlias = dict[str, Any]
PaymentMethodDetailsStripeAccount: TypeAlias = dict[str, Any]
PaymentMethodDetailsWechat: TypeAlias = dict[str, Any]
PaymentMethodDetailsZip: TypeAlias = dict[str, Any]
PaymentIntentPaymentMethodOptionsMandateOptionsSepaDebit: TypeAlias = dict[str, Any]
InvoicePaymentMethodOptionsKonbini: TypeAlias = dict[str, Any]
InvoicePaymentMethodOptionsSepaDebit: TypeAlias = dict[str, Any]
MandateMultiUse: TypeAlias = dict[str, Any]
SetupIntentPaymentMethodOptionsAmazonPay: TypeAlias = dict[str, Any]
SetupIntentPaymentMethodOptionsCardPresent: TypeAlias = dict[str, Any]
SetupIntentPaymentMethodOptionsLink: TypeAlias = dict[str, Any]
PaymentMethodCardWalletAmexExpressCheckout: TypeAlias = dict[str, Any]
PaymentMethodCardWalletApplePay: TypeAlias = dict[str, Any]
PaymentMethodCardWalletGooglePay: TypeAlias = dict[str, Any]
PaymentMethodCardWalletLink: TypeAlias = dict[str, Any]
PaymentMethodCardWalletSamsungPay: TypeAlias = dict[str, Any]
SetupAttemptPaymentMethodDetailsAcssDebit: TypeAlias = dict[str, Any]
SetupAttemptPaymentMethodDetailsAmazonPay: TypeAlias = dict[str, Any]
SetupAttemptPaymentMethodDetailsAuBecsDebit: TypeAlias = dict[str, Any]
SetupAttemptPaymentMethodDetailsBacsDebit: TypeAlias = dict[str, Any]
SetupAttemptPaymentMethodDetailsBoleto: TypeAlias = dict[str, Any]
SetupAttemptPaymentMethodDetailsCashapp: TypeAlias = dict[str, Any]
SetupAttemptPaymentMethodDetailsKlarna: TypeAlias = dict[str, Any]
SetupAttemptPaymentMethodDetailsLink: TypeAlias = dict[str, Any]
SetupAttemptPaymentMethodDetailsPaypal: TypeAlias = dict[str, Any]
SetupAttemptPaymentMethodDetailsRevolutPay: TypeAlias = dict[str, Any]
SetupAttemptPaymentMethodDetailsSepaDebit: TypeAlias = dict[str, Any]
SetupAttemptPaymentMethodDetailsUsBankAccount: TypeAlias = dict[str, Any]
OfflineAcceptance: TypeAlias = dict[str, Any]
MandateAmazonPay: TypeAlias = dict[str, Any]
CardMandatePaymentMethodDetails: TypeAlias = dict[str, Any]
MandateCashapp: TypeAlias = dict[str, Any]
MandateLink: TypeAlias = dict[str, Any]
MandateRevolutPay: TypeAlias = dict[str, Any]
SetupIntentPaymentMethodOptionsMandateOptionsSepaDebit: TypeAlias = dict[str, Any]
PaymentMethodDetailsCardWalletAmexExpressCheckout: TypeAlias = dict[str, Any]
PaymentMethodDetailsCardWalletApplePay: TypeAlias = dict[str, Any]
PaymentMethodDetailsCardWalletGooglePay: TypeAlias = dict[str, Any]
PaymentMethodDetailsCardWalletLink: TypeAlias = dict[str, Any]
PaymentMethodDetailsCardWalletSamsungPay: TypeAlias = dict[str, Any]
