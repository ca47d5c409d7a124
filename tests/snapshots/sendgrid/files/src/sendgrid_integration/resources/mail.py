"""``client.mail``: the SendGrid mail resource (generated; do not edit)."""

from __future__ import annotations

from functools import cached_property
from typing import Any

import httpx

from .. import _wire
from .._runtime import (
    NOT_GIVEN,
    AsyncAPIClient,
    Body,
    Headers,
    NotGiven,
    Query,
    SyncAPIClient,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from .._runtime import given as _given

__all__ = [
    "AsyncMail",
    "AsyncMailSend",
    "AsyncMailSendWithRawResponse",
    "AsyncMailWithRawResponse",
    "Mail",
    "MailSend",
    "MailSendWithRawResponse",
    "MailWithRawResponse",
]


class MailSend:
    """``client.mail.send``: ``create()``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> MailSendWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return MailSendWithRawResponse(self)

    def create(
        self,
        *,
        personalizations: list[_wire.PostMailSendBodyPersonalizationsItem] | NotGiven = NOT_GIVEN,
        from_: _wire.FromEmailObject | NotGiven = NOT_GIVEN,
        reply_to: _wire.ReplyToEmailObject | NotGiven = NOT_GIVEN,
        reply_to_list: list[_wire.PostMailSendBodyReplyToListItem] | NotGiven = NOT_GIVEN,
        subject: str | NotGiven = NOT_GIVEN,
        content: list[_wire.PostMailSendBodyContentItem] | NotGiven = NOT_GIVEN,
        attachments: list[_wire.PostMailSendBodyAttachmentsItem] | NotGiven = NOT_GIVEN,
        template_id: str | NotGiven = NOT_GIVEN,
        headers: dict[str, Any] | NotGiven = NOT_GIVEN,
        categories: list[str] | NotGiven = NOT_GIVEN,
        custom_args: str | NotGiven = NOT_GIVEN,
        send_at: int | NotGiven = NOT_GIVEN,
        batch_id: str | NotGiven = NOT_GIVEN,
        asm: _wire.PostMailSendBodyAsm | NotGiven = NOT_GIVEN,
        ip_pool_name: str | NotGiven = NOT_GIVEN,
        mail_settings: _wire.PostMailSendBodyMailSettings | NotGiven = NOT_GIVEN,
        tracking_settings: _wire.PostMailSendBodyTrackingSettings | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """v3 Mail Send

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
        _response = self._client._request(
            "POST",
            "/mail/send",
            json=_given(
                {
                    "personalizations": personalizations,
                    "from": from_,
                    "reply_to": reply_to,
                    "reply_to_list": reply_to_list,
                    "subject": subject,
                    "content": content,
                    "attachments": attachments,
                    "template_id": template_id,
                    "headers": headers,
                    "categories": categories,
                    "custom_args": custom_args,
                    "send_at": send_at,
                    "batch_id": batch_id,
                    "asm": asm,
                    "ip_pool_name": ip_pool_name,
                    "mail_settings": mail_settings,
                    "tracking_settings": tracking_settings,
                }
            )
            or None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(_response, lambda _r: None)


class MailSendWithRawResponse:
    """:class:`MailSend` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: MailSend) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)


class Mail:
    """``client.mail``: sub-resources ``send``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> MailWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return MailWithRawResponse(self)

    @cached_property
    def send(self) -> MailSend:
        """``client.mail.send``."""
        return MailSend(self._client)


class MailWithRawResponse:
    """:class:`Mail` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: Mail) -> None:
        self._resource = resource

    @cached_property
    def send(self) -> MailSendWithRawResponse:
        return MailSendWithRawResponse(self._resource.send)


class AsyncMailSend:
    """``client.mail.send`` (async): ``create()``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncMailSendWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return AsyncMailSendWithRawResponse(self)

    async def create(
        self,
        *,
        personalizations: list[_wire.PostMailSendBodyPersonalizationsItem] | NotGiven = NOT_GIVEN,
        from_: _wire.FromEmailObject | NotGiven = NOT_GIVEN,
        reply_to: _wire.ReplyToEmailObject | NotGiven = NOT_GIVEN,
        reply_to_list: list[_wire.PostMailSendBodyReplyToListItem] | NotGiven = NOT_GIVEN,
        subject: str | NotGiven = NOT_GIVEN,
        content: list[_wire.PostMailSendBodyContentItem] | NotGiven = NOT_GIVEN,
        attachments: list[_wire.PostMailSendBodyAttachmentsItem] | NotGiven = NOT_GIVEN,
        template_id: str | NotGiven = NOT_GIVEN,
        headers: dict[str, Any] | NotGiven = NOT_GIVEN,
        categories: list[str] | NotGiven = NOT_GIVEN,
        custom_args: str | NotGiven = NOT_GIVEN,
        send_at: int | NotGiven = NOT_GIVEN,
        batch_id: str | NotGiven = NOT_GIVEN,
        asm: _wire.PostMailSendBodyAsm | NotGiven = NOT_GIVEN,
        ip_pool_name: str | NotGiven = NOT_GIVEN,
        mail_settings: _wire.PostMailSendBodyMailSettings | NotGiven = NOT_GIVEN,
        tracking_settings: _wire.PostMailSendBodyTrackingSettings | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """v3 Mail Send

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
        _response = await self._client._request(
            "POST",
            "/mail/send",
            json=_given(
                {
                    "personalizations": personalizations,
                    "from": from_,
                    "reply_to": reply_to,
                    "reply_to_list": reply_to_list,
                    "subject": subject,
                    "content": content,
                    "attachments": attachments,
                    "template_id": template_id,
                    "headers": headers,
                    "categories": categories,
                    "custom_args": custom_args,
                    "send_at": send_at,
                    "batch_id": batch_id,
                    "asm": asm,
                    "ip_pool_name": ip_pool_name,
                    "mail_settings": mail_settings,
                    "tracking_settings": tracking_settings,
                }
            )
            or None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._result(_response, lambda _r: None)


class AsyncMailSendWithRawResponse:
    """:class:`AsyncMailSend` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: AsyncMailSend) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)


class AsyncMail:
    """``client.mail`` (async): sub-resources ``send``."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncMailWithRawResponse:
        """The same methods, each returning the call's :class:`RawResponse`."""
        return AsyncMailWithRawResponse(self)

    @cached_property
    def send(self) -> AsyncMailSend:
        """``client.mail.send``."""
        return AsyncMailSend(self._client)


class AsyncMailWithRawResponse:
    """:class:`AsyncMail` with every method returning its :class:`RawResponse`."""

    def __init__(self, resource: AsyncMail) -> None:
        self._resource = resource

    @cached_property
    def send(self) -> AsyncMailSendWithRawResponse:
        return AsyncMailSendWithRawResponse(self._resource.send)
