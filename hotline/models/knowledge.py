from peewee import (AutoField, BooleanField, CharField, DateTimeField,
                    ForeignKeyField, IntegerField, TextField)

from .base import BaseModel, now
from .category import Category
from .user import User


class KnowledgeArticle(BaseModel):
    id = AutoField()
    title = CharField(max_length=200)
    body = TextField()
    category = ForeignKeyField(Category, null=True, on_delete="SET NULL")
    tags = CharField(max_length=255, default="")  # comma separated
    author = ForeignKeyField(User, null=True, on_delete="RESTRICT")
    version = IntegerField(default=1)
    use_count = IntegerField(default=0)
    published = BooleanField(default=True)
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)


class KnowledgeArticleVersion(BaseModel):
    id = AutoField()
    article = ForeignKeyField(KnowledgeArticle, backref="versions", on_delete="CASCADE")
    version = IntegerField()
    title = CharField(max_length=200)
    body = TextField()
    author = ForeignKeyField(User, null=True, on_delete="RESTRICT")
    created_at = DateTimeField(default=now)
