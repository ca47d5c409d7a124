"""The SendGrid API's resources, one module each (generated; do not edit).

``client.<resource>.<verb>(...)``; each class has an ``Async`` twin and a
``WithRawResponse`` view (``client.<resource>.with_raw_response.<verb>(...)``).
"""

from .mail import (
    AsyncMail,
    AsyncMailSend,
    AsyncMailSendWithRawResponse,
    AsyncMailWithRawResponse,
    Mail,
    MailSend,
    MailSendWithRawResponse,
    MailWithRawResponse,
)
from .user import (
    AsyncUser,
    AsyncUserWebhooks,
    AsyncUserWebhooksEvent,
    AsyncUserWebhooksEventSettings,
    AsyncUserWebhooksEventSettingsSigned,
    AsyncUserWebhooksEventSettingsSignedWithRawResponse,
    AsyncUserWebhooksEventSettingsWithRawResponse,
    AsyncUserWebhooksEventWithRawResponse,
    AsyncUserWebhooksWithRawResponse,
    AsyncUserWithRawResponse,
    User,
    UserWebhooks,
    UserWebhooksEvent,
    UserWebhooksEventSettings,
    UserWebhooksEventSettingsSigned,
    UserWebhooksEventSettingsSignedWithRawResponse,
    UserWebhooksEventSettingsWithRawResponse,
    UserWebhooksEventWithRawResponse,
    UserWebhooksWithRawResponse,
    UserWithRawResponse,
)

__all__ = [
    "AsyncMail",
    "AsyncMailSend",
    "AsyncMailSendWithRawResponse",
    "AsyncMailWithRawResponse",
    "AsyncUser",
    "AsyncUserWebhooks",
    "AsyncUserWebhooksEvent",
    "AsyncUserWebhooksEventSettings",
    "AsyncUserWebhooksEventSettingsSigned",
    "AsyncUserWebhooksEventSettingsSignedWithRawResponse",
    "AsyncUserWebhooksEventSettingsWithRawResponse",
    "AsyncUserWebhooksEventWithRawResponse",
    "AsyncUserWebhooksWithRawResponse",
    "AsyncUserWithRawResponse",
    "Mail",
    "MailSend",
    "MailSendWithRawResponse",
    "MailWithRawResponse",
    "User",
    "UserWebhooks",
    "UserWebhooksEvent",
    "UserWebhooksEventSettings",
    "UserWebhooksEventSettingsSigned",
    "UserWebhooksEventSettingsSignedWithRawResponse",
    "UserWebhooksEventSettingsWithRawResponse",
    "UserWebhooksEventWithRawResponse",
    "UserWebhooksWithRawResponse",
    "UserWithRawResponse",
]
