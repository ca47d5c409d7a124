"""The flat, operationId-named methods of the SendGrid clients: deprecated (generated; do not edit).

Each one warns and names its replacement, ``client.<resource>.<verb>(...)``; they go in
the next release.
"""

from __future__ import annotations

import warnings

from . import _wire
from ._runtime import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncDeprecatedMethods", "DeprecatedMethods"]


class DeprecatedMethods(SyncAPIClient):
    """The flat methods of :class:`SendGridClient` (deprecated)."""

    def post_mail_send(
        self,
        *,
        body: _wire.PostMailSendBody | None = None,
        timeout: float | None = None,
    ) -> None:
        """Deprecated: use ``client.mail.send.create()``.

        v3 Mail Send

        The Mail Send endpoint allows you to send email over SendGrid’s v3 Web API, the most
        recent version of our API. If you are looking for documentation about the v2 Mail Send
        endpoint, see our [v2 API
        Reference](https://sendgrid.com/docs/API_Reference/Web_API/mail.html).

        ## Helper Libraries

        Twilio SendGrid provides libraries to help you quickly and easily integrate with the v3
        Web API in 7 different languages:

        * [C#](https://github.com/sendgrid/sendgrid-csharp)
        * [Go](https://github.com/sendgrid/sendgrid-go)
        * [Java](https://github.com/sendgrid/sendgrid-java)
        * [Node JS](https://github.com/sendgrid/sendgrid-nodejs)
        * [PHP](https://github.com/sendgrid/sendgrid-php)
        * [Python](https://github.com/sendgrid/sendgrid-python)
        * [Ruby](https://github.com/sendgrid/sendgrid-ruby)

        ## Dynamic Transactional Templates and Handlebars

        In order to send a dynamic template, specify the template ID with the `template_id`
        parameter.

        To specify handlebar substitutions, define your substitutions in the request JSON with
        this syntax:

        ```
        "dynamic_template_data": {
              "guest": "Jane Doe",
              "partysize": "4",
              "english": true,
              "date": "April 1st, 2021"
            }
        ```

        For more information about Dynamic Transactional Templates and Handlebars, see our
        documentation and reference pages.

        * [How to send an email with Dynamic Transactional Templates
        ](https://sendgrid.com/docs/ui/sending-email/how-to-send-an-email-with-dynamic-transactional-templates/)
        * [Using
        Handlebars](https://sendgrid.com/docs/for-developers/sending-email/using-handlebars/)

        ## Mail Body Compression

        Mail body compression is available to some high volume accounts. Talk to your CSM if you
        are interested in this functionality. Mail body compression works by setting up a JSON
        payload as defined on this page, then compressing it with gzip (the gzip file can be no
        more than 30mb).

        To use mail body compression:

        1. Add a `Content-Encoding` header, with a value of `gzip`.
           a. `Content-Encoding: gzip`
        2. Send the gzip as a data-binary.
           a. `--data-binary '@data.json.gz'
        `

        ## Multiple Reply-To Emails

        Using `reply_to_list` allows senders to include more than one recipient email address to
        receive reply and/or bounce messages from the recipient of the email.

        ### Usage Considerations

        * `reply_to` is mutually exclusive with `reply_to_list`. If both are used, then the API
        call will be rejected.
        * The `reply_to_list` object, when used, must at least have an email parameter and may
        also contain a name parameter.
        * Each email address in the `reply_to_list` should be unique.
        * There is a limit of 1000 `reply_to_list` emails per mail/send request.
        * In SMTP calls, we will omit any invalid emails.

        ### Possible 400 Error Messages

        * `reply_to` is mutually exclusive with `reply_to_list`.
        * The `reply_to_list` object, when used, must at least have an email parameter and may
        also contain a name parameter.
        * Each email address in the `reply_to_list` should be unique.
        * There is a limit of X `reply_to` emails per mail/send request.
        * The `reply_to_list` email does not contain a valid address.
        * The `reply_to_list` email exceeds the maximum total length of X characters.
        * The `reply_to_list` email parameter is required.

        ``POST /mail/send``
        """
        warnings.warn(
            "post_mail_send() is deprecated: use client.mail.send.create()",
            DeprecationWarning,
            stacklevel=2,
        )
        self._request(
            "POST",
            "/mail/send",
            json=body,
            timeout=timeout,
        )

    def get_user_webhooks_event_settings_signed(
        self,
        *,
        on_behalf_of: str | None = None,
        timeout: float | None = None,
    ) -> _wire.GetUserWebhooksEventSettingsSignedResponse:
        """Deprecated: use ``client.user.webhooks.event.settings.signed.retrieve()``.

        Retrieve Signed Webhook Public Key

        **This endpoint allows you to retrieve your signed webhook's public key.**

        Once you have enabled signing of the Event Webhook, you will need the public key provided
        to verify the signatures on requests coming from Twilio SendGrid. You can retrieve the
        public key from this endpoint at any time.

        For more information about cryptographically signing the Event Webhook, see [Getting
        Started with the Event Webhook Security
        Features](https://sendgrid.com/docs/for-developers/tracking-events/getting-started-event-webhook-security-features).

        ``GET /user/webhooks/event/settings/signed``
        """
        warnings.warn(
            "get_user_webhooks_event_settings_signed() is deprecated: use client.user.webhooks.event.settings.signed.retrieve()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = self._request(
            "GET",
            "/user/webhooks/event/settings/signed",
            headers={
                _key: str(_value)
                for _key, _value in {
                    "on-behalf-of": on_behalf_of,
                }.items()
                if _value is not None
            },
            timeout=timeout,
        )
        return self._decode(_response, _wire.GetUserWebhooksEventSettingsSignedResponse)


class AsyncDeprecatedMethods(AsyncAPIClient):
    """The flat methods of :class:`AsyncSendGridClient` (deprecated)."""

    async def post_mail_send(
        self,
        *,
        body: _wire.PostMailSendBody | None = None,
        timeout: float | None = None,
    ) -> None:
        """Deprecated: use ``client.mail.send.create()``.

        v3 Mail Send

        The Mail Send endpoint allows you to send email over SendGrid’s v3 Web API, the most
        recent version of our API. If you are looking for documentation about the v2 Mail Send
        endpoint, see our [v2 API
        Reference](https://sendgrid.com/docs/API_Reference/Web_API/mail.html).

        ## Helper Libraries

        Twilio SendGrid provides libraries to help you quickly and easily integrate with the v3
        Web API in 7 different languages:

        * [C#](https://github.com/sendgrid/sendgrid-csharp)
        * [Go](https://github.com/sendgrid/sendgrid-go)
        * [Java](https://github.com/sendgrid/sendgrid-java)
        * [Node JS](https://github.com/sendgrid/sendgrid-nodejs)
        * [PHP](https://github.com/sendgrid/sendgrid-php)
        * [Python](https://github.com/sendgrid/sendgrid-python)
        * [Ruby](https://github.com/sendgrid/sendgrid-ruby)

        ## Dynamic Transactional Templates and Handlebars

        In order to send a dynamic template, specify the template ID with the `template_id`
        parameter.

        To specify handlebar substitutions, define your substitutions in the request JSON with
        this syntax:

        ```
        "dynamic_template_data": {
              "guest": "Jane Doe",
              "partysize": "4",
              "english": true,
              "date": "April 1st, 2021"
            }
        ```

        For more information about Dynamic Transactional Templates and Handlebars, see our
        documentation and reference pages.

        * [How to send an email with Dynamic Transactional Templates
        ](https://sendgrid.com/docs/ui/sending-email/how-to-send-an-email-with-dynamic-transactional-templates/)
        * [Using
        Handlebars](https://sendgrid.com/docs/for-developers/sending-email/using-handlebars/)

        ## Mail Body Compression

        Mail body compression is available to some high volume accounts. Talk to your CSM if you
        are interested in this functionality. Mail body compression works by setting up a JSON
        payload as defined on this page, then compressing it with gzip (the gzip file can be no
        more than 30mb).

        To use mail body compression:

        1. Add a `Content-Encoding` header, with a value of `gzip`.
           a. `Content-Encoding: gzip`
        2. Send the gzip as a data-binary.
           a. `--data-binary '@data.json.gz'
        `

        ## Multiple Reply-To Emails

        Using `reply_to_list` allows senders to include more than one recipient email address to
        receive reply and/or bounce messages from the recipient of the email.

        ### Usage Considerations

        * `reply_to` is mutually exclusive with `reply_to_list`. If both are used, then the API
        call will be rejected.
        * The `reply_to_list` object, when used, must at least have an email parameter and may
        also contain a name parameter.
        * Each email address in the `reply_to_list` should be unique.
        * There is a limit of 1000 `reply_to_list` emails per mail/send request.
        * In SMTP calls, we will omit any invalid emails.

        ### Possible 400 Error Messages

        * `reply_to` is mutually exclusive with `reply_to_list`.
        * The `reply_to_list` object, when used, must at least have an email parameter and may
        also contain a name parameter.
        * Each email address in the `reply_to_list` should be unique.
        * There is a limit of X `reply_to` emails per mail/send request.
        * The `reply_to_list` email does not contain a valid address.
        * The `reply_to_list` email exceeds the maximum total length of X characters.
        * The `reply_to_list` email parameter is required.

        ``POST /mail/send``
        """
        warnings.warn(
            "post_mail_send() is deprecated: use client.mail.send.create()",
            DeprecationWarning,
            stacklevel=2,
        )
        await self._request(
            "POST",
            "/mail/send",
            json=body,
            timeout=timeout,
        )

    async def get_user_webhooks_event_settings_signed(
        self,
        *,
        on_behalf_of: str | None = None,
        timeout: float | None = None,
    ) -> _wire.GetUserWebhooksEventSettingsSignedResponse:
        """Deprecated: use ``client.user.webhooks.event.settings.signed.retrieve()``.

        Retrieve Signed Webhook Public Key

        **This endpoint allows you to retrieve your signed webhook's public key.**

        Once you have enabled signing of the Event Webhook, you will need the public key provided
        to verify the signatures on requests coming from Twilio SendGrid. You can retrieve the
        public key from this endpoint at any time.

        For more information about cryptographically signing the Event Webhook, see [Getting
        Started with the Event Webhook Security
        Features](https://sendgrid.com/docs/for-developers/tracking-events/getting-started-event-webhook-security-features).

        ``GET /user/webhooks/event/settings/signed``
        """
        warnings.warn(
            "get_user_webhooks_event_settings_signed() is deprecated: use client.user.webhooks.event.settings.signed.retrieve()",
            DeprecationWarning,
            stacklevel=2,
        )
        _response = await self._request(
            "GET",
            "/user/webhooks/event/settings/signed",
            headers={
                _key: str(_value)
                for _key, _value in {
                    "on-behalf-of": on_behalf_of,
                }.items()
                if _value is not None
            },
            timeout=timeout,
        )
        return self._decode(_response, _wire.GetUserWebhooksEventSettingsSignedResponse)
