"""Peewee models, one module per aggregate."""

from .archive import Archive, ArchiveCounter, ArchiveVersion, PrintLog
from .audit import AuditLog
from .base import BaseModel, db, now
from .call import (CHANNELS, NON_SERVICE_OUTCOMES, OUTCOMES, SERVICE_OUTCOMES,
                   STATUSES, Call, CallEvent, Callback, CaseResolution, Supervision,
                   Survey, TicketCounter)
from .caller import Caller
from .category import CLOCKS, PRIORITIES, BusinessHours, Category, Holiday, SlaPolicy
from .imports import IMPORT_STATES, ImportRow, ImportRun
from .knowledge import (ARTICLE_STATUSES, CaseArticle, KnowledgeArticle,
                        KnowledgeArticleVersion, KnowledgeTag)
from .meta import SchemaVersion, Setting
from .quality import (RECTIFICATION_STATES, Evaluation, QaRubric, QaSample,
                      QualityReview, Rectification)
from .shift import HandoverNote, Shift
from .user import ROLES, User

ALL_MODELS = [
    SchemaVersion, Setting, User, Caller, Category, SlaPolicy, Holiday, BusinessHours,
    TicketCounter, Call, CallEvent, CaseResolution, Callback, Survey, Supervision,
    KnowledgeArticle, KnowledgeArticleVersion, KnowledgeTag, CaseArticle,
    QualityReview, QaRubric, QaSample, Rectification, Evaluation, Shift,
    HandoverNote, ArchiveCounter, Archive, ArchiveVersion, PrintLog, AuditLog,
    ImportRun, ImportRow,
]

__all__ = [m.__name__ for m in ALL_MODELS] + [
    "ALL_MODELS", "BaseModel", "db", "now", "ROLES", "CHANNELS", "OUTCOMES",
    "SERVICE_OUTCOMES", "NON_SERVICE_OUTCOMES", "STATUSES", "PRIORITIES", "CLOCKS",
    "ARTICLE_STATUSES", "RECTIFICATION_STATES",
]
