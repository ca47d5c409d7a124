"""Every wire model of the SendGrid API in one namespace (generated; do not edit).

The models live in ``types/`` (one module per resource, plus ``types/shared.py``);
the client's modules refer to them through this one, and code written against 0.1's
``_wire`` keeps working. Import from ``sendgrid_integration.types`` in your own code.
"""

from .types.mail import (
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
from .types.user import (
    GetUserWebhooksEventSettingsSignedResponse,
)

__all__ = [
    "CcBccEmailObject",
    "FromEmailObject",
    "GetUserWebhooksEventSettingsSignedResponse",
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
    "ReplyToEmailObject",
    "ToEmailArray",
    "ToEmailArrayItem",
]
