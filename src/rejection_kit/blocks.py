"""The built-in blocks, for building and changing recipes (``recipe + blocks.X``)."""

from rejection_kit.composition._block import Block, BlockContext, Part
from rejection_kit.composition._blocks import (
    Acknowledgement,
    CheckIn,
    Closing,
    ConnectInvite,
    FeedbackRequest,
    GhostedClosure,
    Gratitude,
    Greeting,
    Highlight,
    KeepDoorOpen,
    OfferBlock,
    PassThanks,
    RadarCheckIn,
    ReferrerUpdate,
    ResourceOffers,
    Signature,
    TemplateBlock,
    WellWishes,
)

ResourceOffer: OfferBlock = ResourceOffers[0]

__all__ = [
    "Acknowledgement",
    "Block",
    "BlockContext",
    "CheckIn",
    "Closing",
    "ConnectInvite",
    "FeedbackRequest",
    "GhostedClosure",
    "Gratitude",
    "Greeting",
    "Highlight",
    "KeepDoorOpen",
    "OfferBlock",
    "Part",
    "PassThanks",
    "RadarCheckIn",
    "ReferrerUpdate",
    "ResourceOffer",
    "ResourceOffers",
    "Signature",
    "TemplateBlock",
    "WellWishes",
]
