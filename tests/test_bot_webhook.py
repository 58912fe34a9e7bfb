"""Webhook mode: Telegram posts updates to the bot's own HTTP server, which checks the secret token."""

import asyncio
import json
import socket
import urllib.error
import urllib.request

from conftest import STAFF_ID, add


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _post(url: str, update: dict, secret: str) -> int:
    request = urllib.request.Request(url, data=json.dumps(update).encode(), headers={"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": secret})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as e:
        return e.code


def test_updates_posted_to_the_webhook_are_answered_and_a_wrong_secret_is_refused(telegram, store):
    add(store, 40000, qualifier="about", agency="UNICEF", location="Raqqa", title="Children caught in the fighting")
    port = _free_port()
    # Telegram posts to the public https URL; a TLS-terminating proxy forwards it to the local port.
    public = "https://bot.example.org/impactbot-hook"
    url = f"http://127.0.0.1:{port}/impactbot-hook"
    settings = telegram.settings(TELEGRAM_WEBHOOK_URL=public, TELEGRAM_WEBHOOK_PORT=str(port), TELEGRAM_WEBHOOK_SECRET="hook-secret-1")
    fake = telegram.fake

    async def scenario() -> None:
        from bot.app import build_application, webhook_options

        application = build_application(settings, store)
        await application.initialize()
        await application.updater.start_webhook(**webhook_options(settings, listen="127.0.0.1"))
        await application.start()
        try:
            assert fake.webhook == {"url": public, "secret_token": "hook-secret-1"}
            message = fake._message(STAFF_ID, STAFF_ID, "private", text="how many children are trapped in Raqqa?")
            refused = await asyncio.to_thread(_post, url, {"update_id": 1, "message": message}, "wrong-secret")
            assert refused == 403
            accepted = await asyncio.to_thread(_post, url, {"update_id": 2, "message": message}, "hook-secret-1")
            assert accepted == 200
            (reply,) = await fake.wait_sent(STAFF_ID, 1)
            assert "40,000" in reply["text"] and "UNICEF" in reply["text"]
            await asyncio.sleep(0.2)
            assert len(fake.sent_to(STAFF_ID)) == 1  # the refused post was never handled
        finally:
            await application.updater.stop()
            await application.stop()
            await application.shutdown()

    asyncio.run(asyncio.wait_for(scenario(), 60))
