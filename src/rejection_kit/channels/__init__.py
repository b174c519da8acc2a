"""Channels: email, LinkedIn, text message, card — their layout and limits."""

from rejection_kit.channels._channel import CHANNELS, Channel, get_channel
from rejection_kit.channels._sms import sms_segments

__all__ = ["CHANNELS", "Channel", "get_channel", "sms_segments"]
