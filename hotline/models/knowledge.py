"""Knowledge articles (知识库): the article, every saved version of it, its tags and
the cases it was used on.

`status` is draft → published → retired (a retired article may be published again).
`published` is the flag the search indexes filter on (migration 2): it is true
exactly while the status is 'published', so retiring an article hides it from the
search and the duty officer's suggestions in the same transaction.
"""

from peewee import (AutoField, BooleanField, CharField, DateTimeField,
                    ForeignKeyField, IntegerField, SQL, TextField)

from .base import BaseModel, now
from .call import Call
from .category import Category
from .user import User

ARTICLE_STATUSES = ("draft", "published", "retired")


class KnowledgeArticle(BaseModel):
    id = AutoField()
    title = CharField(max_length=200)
    body = TextField()
    category = ForeignKeyField(Category, null=True, on_delete="SET NULL")
    tags = CharField(max_length=255, default="")  # normalized: "tag1,tag2"
    author = ForeignKeyField(User, null=True, on_delete="RESTRICT")
    version = IntegerField(default=1)
    use_count = IntegerField(default=0)
    published = BooleanField(default=True)  # status == 'published' (search filter)
    status = CharField(max_length=12, default="published",
                       constraints=[SQL("DEFAULT 'published'")])
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)
    updated_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", index=False)
    published_at = DateTimeField(null=True)
    retired_at = DateTimeField(null=True)

    class Meta:
        table_name = "knowledge_article"
        # the editors' list: newest change first, paged by key
        indexes = ((("updated_at", "id"), False), (("status", "updated_at"), False))


class KnowledgeArticleVersion(BaseModel):
    """One row per save: who, when, what the article said then, and the change note."""

    id = AutoField()
    article = ForeignKeyField(KnowledgeArticle, backref="versions", on_delete="CASCADE",
                              index=False)
    version = IntegerField()
    title = CharField(max_length=200)
    body = TextField()
    category = ForeignKeyField(Category, null=True, on_delete="SET NULL", index=False)
    tags = CharField(max_length=255, default="", constraints=[SQL("DEFAULT ''")])
    note = CharField(max_length=200, default="", constraints=[SQL("DEFAULT ''")])
    author = ForeignKeyField(User, null=True, on_delete="RESTRICT")
    created_at = DateTimeField(default=now)

    class Meta:
        table_name = "knowledge_article_version"
        indexes = ((("article", "version"), True),)


class KnowledgeTag(BaseModel):
    """The tags of an article, one row each (filter by tag without a scan)."""

    article = ForeignKeyField(KnowledgeArticle, on_delete="CASCADE", index=False)
    tag = CharField(max_length=40)

    class Meta:
        table_name = "knowledge_tag"
        primary_key = False
        indexes = ((("tag", "article"), True), (("article",), False))


class CaseArticle(BaseModel):
    """An article used on a case (linked while on the line or when resolving): which
    version, by whom, when. One row per case and article: use_count counts cases."""

    id = AutoField()
    call = ForeignKeyField(Call, on_delete="CASCADE", index=False)
    article = ForeignKeyField(KnowledgeArticle, on_delete="CASCADE", index=False)
    version = IntegerField()
    actor = ForeignKeyField(User, null=True, on_delete="RESTRICT", index=False)
    at = DateTimeField(default=now)

    class Meta:
        table_name = "case_article"
        indexes = ((("call", "article"), True), (("article", "at"), False))


MAX_TAG = 40
MAX_TAGS = 255  # the joined tags, as stored on the article
_TAG_SPLIT = "，,;；、\n\t"


def split_tags(text: str) -> list[str]:
    """The tags of a tags field as stored: split on commas (either width),
    semicolons and 、, blanks at each end removed, ASCII folded to lower case,
    duplicates dropped, order kept. Used by the services and migration 8."""
    if not text:
        return []
    for sep in _TAG_SPLIT[1:]:
        text = text.replace(sep, _TAG_SPLIT[0])
    seen: dict[str, None] = {}
    for part in text.split(_TAG_SPLIT[0]):
        tag = " ".join(part.split())
        tag = "".join(c.lower() if c.isascii() else c for c in tag)
        if tag:
            seen.setdefault(tag, None)
    return list(seen)
