"""Models of the SendGrid API used by ``client.mail`` only (generated; do not edit).

One msgspec Struct per object schema; fields whose JSON name is not a valid Python
identifier are renamed with ``msgspec.field(name=...)``.
"""

from __future__ import annotations

from typing import Any, TypeAlias

import msgspec

from .._runtime.models import WireModel

__all__ = [
    "CcBccEmailObject",
    "FromEmailObject",
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


class PostMailSendBody(WireModel, kw_only=True):
    personalizations: list[PostMailSendBodyPersonalizationsItem]
    from_: FromEmailObject = msgspec.field(name="from")
    reply_to: ReplyToEmailObject | None = None
    reply_to_list: list[PostMailSendBodyReplyToListItem] | None = None
    subject: str
    content: list[PostMailSendBodyContentItem]
    attachments: list[PostMailSendBodyAttachmentsItem] | None = None
    template_id: str | None = None
    headers: dict[str, Any] | None = None
    categories: list[str] | None = None
    custom_args: str | None = None
    send_at: int | None = None
    batch_id: str | None = None
    asm: PostMailSendBodyAsm | None = None
    ip_pool_name: str | None = None
    mail_settings: PostMailSendBodyMailSettings | None = None
    tracking_settings: PostMailSendBodyTrackingSettings | None = None


class PostMailSendBodyPersonalizationsItem(WireModel, kw_only=True):
    from_: FromEmailObject | None = msgspec.field(default=None, name="from")
    to: ToEmailArray
    cc: list[CcBccEmailObject] | None = None
    bcc: list[CcBccEmailObject] | None = None
    subject: str | None = None
    headers: dict[str, Any] | None = None
    substitutions: dict[str, Any] | None = None
    dynamic_template_data: dict[str, Any] | None = None
    custom_args: dict[str, Any] | None = None
    send_at: int | None = None


class PostMailSendBodyReplyToListItem(WireModel, kw_only=True):
    email: str
    name: str | None = None


class PostMailSendBodyContentItem(WireModel, kw_only=True):
    type: str
    value: str


class PostMailSendBodyAttachmentsItem(WireModel, kw_only=True):
    content: str
    type: str | None = None
    filename: str
    disposition: str | None = None
    content_id: str | None = None


class PostMailSendBodyAsm(WireModel, kw_only=True):
    """An object allowing you to specify how to handle unsubscribes."""

    group_id: int
    groups_to_display: list[int] | None = None


class PostMailSendBodyMailSettings(WireModel, kw_only=True):
    """A collection of different mail settings that you can use to specify how you would like this
    email to be handled.
    """

    bypass_list_management: PostMailSendBodyMailSettingsBypassListManagement | None = None
    bypass_spam_management: PostMailSendBodyMailSettingsBypassSpamManagement | None = None
    bypass_bounce_management: PostMailSendBodyMailSettingsBypassBounceManagement | None = None
    bypass_unsubscribe_management: (
        PostMailSendBodyMailSettingsBypassUnsubscribeManagement | None
    ) = None
    footer: PostMailSendBodyMailSettingsFooter | None = None
    sandbox_mode: PostMailSendBodyMailSettingsSandboxMode | None = None


class PostMailSendBodyMailSettingsBypassListManagement(WireModel, kw_only=True):
    """Allows you to bypass all unsubscribe groups and suppressions to ensure that the email is
    delivered to every single recipient. This should only be used in emergencies when it is
    absolutely necessary that every recipient receives your email. This filter cannot be combined
    with any other bypass filters. See our
    [documentation](https://sendgrid.com/docs/ui/sending-email/index-suppressions/#bypass-suppressions)
    for more about bypass filters.
    """

    enable: bool | None = None


class PostMailSendBodyMailSettingsBypassSpamManagement(WireModel, kw_only=True):
    """Allows you to bypass the spam report list to ensure that the email is delivered to
    recipients. Bounce and unsubscribe lists will still be checked; addresses on these other
    lists will not receive the message. This filter cannot be combined with the
    `bypass_list_management` filter. See our
    [documentation](https://sendgrid.com/docs/ui/sending-email/index-suppressions/#bypass-suppressions)
    for more about bypass filters.
    """

    enable: bool | None = None


class PostMailSendBodyMailSettingsBypassBounceManagement(WireModel, kw_only=True):
    """Allows you to bypass the bounce list to ensure that the email is delivered to recipients.
    Spam report and unsubscribe lists will still be checked; addresses on these other lists will
    not receive the message. This filter cannot be combined with the `bypass_list_management`
    filter. See our
    [documentation](https://sendgrid.com/docs/ui/sending-email/index-suppressions/#bypass-suppressions)
    for more about bypass filters.
    """

    enable: bool | None = None


class PostMailSendBodyMailSettingsBypassUnsubscribeManagement(WireModel, kw_only=True):
    """Allows you to bypass the global unsubscribe list to ensure that the email is delivered to
    recipients. Bounce and spam report lists will still be checked; addresses on these other
    lists will not receive the message. This filter applies only to global unsubscribes and will
    not bypass group unsubscribes. This filter cannot be combined with the
    `bypass_list_management` filter. See our
    [documentation](https://sendgrid.com/docs/ui/sending-email/index-suppressions/#bypass-suppressions)
    for more about bypass filters.
    """

    enable: bool | None = None


class PostMailSendBodyMailSettingsFooter(WireModel, kw_only=True):
    """The default footer that you would like included on every email."""

    enable: bool | None = None
    text: str | None = None
    html: str | None = None


class PostMailSendBodyMailSettingsSandboxMode(WireModel, kw_only=True):
    """Sandbox Mode allows you to send a test email to ensure that your request body is valid and
    formatted correctly.
    """

    enable: bool | None = None


class PostMailSendBodyTrackingSettings(WireModel, kw_only=True):
    """Settings to determine how you would like to track the metrics of how your recipients interact
    with your email.
    """

    click_tracking: PostMailSendBodyTrackingSettingsClickTracking | None = None
    open_tracking: PostMailSendBodyTrackingSettingsOpenTracking | None = None
    subscription_tracking: PostMailSendBodyTrackingSettingsSubscriptionTracking | None = None
    ganalytics: PostMailSendBodyTrackingSettingsGanalytics | None = None


class PostMailSendBodyTrackingSettingsClickTracking(WireModel, kw_only=True):
    """Allows you to track if a recipient clicked a link in your email."""

    enable: bool | None = None
    enable_text: bool | None = None


class PostMailSendBodyTrackingSettingsOpenTracking(WireModel, kw_only=True):
    """Allows you to track if the email was opened by including a single pixel image in the body of
    the content. When the pixel is loaded, Twilio SendGrid can log that the email was opened.
    """

    enable: bool | None = None
    substitution_tag: str | None = None


class PostMailSendBodyTrackingSettingsSubscriptionTracking(WireModel, kw_only=True):
    """Allows you to insert a subscription management link at the bottom of the text and HTML bodies
    of your email. If you would like to specify the location of the link within your email, you
    may use the `substitution_tag`.
    """

    enable: bool | None = None
    text: str | None = None
    html: str | None = None
    substitution_tag: str | None = None


class PostMailSendBodyTrackingSettingsGanalytics(WireModel, kw_only=True):
    """Allows you to enable tracking provided by Google Analytics."""

    enable: bool | None = None
    utm_source: str | None = None
    utm_medium: str | None = None
    utm_term: str | None = None
    utm_content: str | None = None
    utm_campaign: str | None = None


class FromEmailObject(WireModel, kw_only=True):
    """From Email Object"""

    email: str
    name: str | None = None


class ToEmailArrayItem(WireModel, kw_only=True):
    email: str
    name: str | None = None


class CcBccEmailObject(WireModel, kw_only=True):
    """CC BCC Email Object"""

    email: str
    name: str | None = None


class ReplyToEmailObject(WireModel, kw_only=True):
    """Reply_to Email Object"""

    email: str
    name: str | None = None


ToEmailArray: TypeAlias = list[ToEmailArrayItem]
