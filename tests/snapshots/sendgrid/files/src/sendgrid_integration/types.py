"""Every request and response model of the SendGrid API (generated; do not edit).

Annotate your code with these (``from sendgrid_integration.types import ...``).
Request models are msgspec Structs: construct them with keywords and pass them to the
resource methods; responses decode into them.
"""

from ._runtime import NOT_GIVEN, NotGiven, RawResponse
from ._wire import (
    CcBccEmailObject,
    FromEmailObject,
    GetUserWebhooksEventSettingsSignedResponse,
    PostMailSendBody,
    PostMailSendBodyAsm,
    PostMailSendBodyAttachmentsItem,
    PostMailSendBodyContentItem,
    PostMailSendBodyMailSettings,
    PostMailSendBodyMailSettingsBypassBounceManagement,
    PostMailSendBodyMailSettingsBypassListManagement,
    PostMailSendBodyMailSettingsBypassSpamManagement,
    PostMailSendBodyMailSettingsBypassUnsubscribeManagement,
    PostMailSendBodyMailSettingsFooter,
    PostMailSendBodyMailSettingsSandboxMode,
    PostMailSendBodyPersonalizationsItem,
    PostMailSendBodyReplyToListItem,
    PostMailSendBodyTrackingSettings,
    PostMailSendBodyTrackingSettingsClickTracking,
    PostMailSendBodyTrackingSettingsGanalytics,
    PostMailSendBodyTrackingSettingsOpenTracking,
    PostMailSendBodyTrackingSettingsSubscriptionTracking,
    ReplyToEmailObject,
    ToEmailArray,
    ToEmailArrayItem,
)

__all__ = [
    "NOT_GIVEN",
    "CcBccEmailObject",
    "FromEmailObject",
    "GetUserWebhooksEventSettingsSignedResponse",
    "NotGiven",
    "PostMailSendBody",
    "PostMailSendBodyAsm",
    "PostMailSendBodyAttachmentsItem",
    "PostMailSendBodyContentItem",
    "PostMailSendBodyMailSettings",
    "PostMailSendBodyMailSettingsBypassBounceManagement",
    "PostMailSendBodyMailSettingsBypassListManagement",
    "PostMailSendBodyMailSettingsBypassSpamManagement",
    "PostMailSendBodyMailSettingsBypassUnsubscribeManagement",
    "PostMailSendBodyMailSettingsFooter",
    "PostMailSendBodyMailSettingsSandboxMode",
    "PostMailSendBodyPersonalizationsItem",
    "PostMailSendBodyReplyToListItem",
    "PostMailSendBodyTrackingSettings",
    "PostMailSendBodyTrackingSettingsClickTracking",
    "PostMailSendBodyTrackingSettingsGanalytics",
    "PostMailSendBodyTrackingSettingsOpenTracking",
    "PostMailSendBodyTrackingSettingsSubscriptionTracking",
    "RawResponse",
    "ReplyToEmailObject",
    "ToEmailArray",
    "ToEmailArrayItem",
]
