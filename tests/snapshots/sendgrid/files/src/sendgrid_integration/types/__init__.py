"""Every request and response model of the SendGrid API (generated; do not edit).

Annotate your code with these (``from sendgrid_integration.types import ...``).
Request models are msgspec Structs: construct them with keywords and pass them to the
resource methods; responses decode into them. Each model lives in the module of the
resource that uses it (``types/<resource>.py``) or in ``types/shared.py``.
"""

from .._runtime import NOT_GIVEN, NotGiven, RawResponse
from .mail import (
    CcBccEmailObject,
    FromEmailObject,
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
from .user import (
    GetUserWebhooksEventSettingsSignedResponse,
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
