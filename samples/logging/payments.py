# Fines payment client (sample; deliberately insecure).
import logging
import os

logger = logging.getLogger(__name__)


def pay(request, amount):
    api_key = os.environ["PAYMENTS_API_KEY"]
    # An API key written to the log.
    logger.info("calling payments with key %s", api_key)
    # All the request headers, Authorization included, written to the log.
    logger.debug("incoming headers: %s", request.headers)
    # Safe look-alikes: a masked key and a single header.
    logger.info("calling payments with key ending %s", api_key[-4:])
    logger.debug("user agent: %s", request.headers.get("User-Agent"))
    return amount
