"""Archives (DESIGN §8): one closed case = one 件 with its 档号, every generated
version of its archival copy with the SHA-256 kept in the register, and the log of
every print and export (PrintLog)."""

from peewee import (AutoField, BooleanField, CharField, DateField, DateTimeField,
                    ForeignKeyField, IntegerField, TextField)

from .base import BaseModel, now
from .call import Call
from .user import User


class ArchiveCounter(BaseModel):
    """The last 件号 given in a year: numbers are gapless per year, taken in the
    transaction that registers the archive (a rolled-back one gives its number
    back)."""

    year = IntegerField(primary_key=True)
    last = IntegerField()


class Archive(BaseModel):
    """A case's entry in the archive register (归档文件目录)."""

    id = AutoField()
    call = ForeignKeyField(Call, unique=True, backref="archive_entries",
                           on_delete="RESTRICT")
    archive_no = CharField(max_length=80, unique=True)  # 档号
    year = IntegerField()  # 年度
    item_no = IntegerField()  # 件号
    retention = CharField(max_length=8)  # 保管期限 code (Y, D30, D10 …)
    org_code = CharField(max_length=16)  # 机构(问题)
    secrecy = CharField(max_length=8)  # 密级: internal | secret
    title = CharField(max_length=240)  # 题名
    responsible = CharField(max_length=128)  # 责任者
    closed_on = DateField()  # 日期 (办结)
    created_at = DateTimeField(default=now)
    created_by = ForeignKeyField(User, null=True, on_delete="RESTRICT",
                                 backref="archives_created")

    class Meta:
        indexes = ((("year", "item_no"), True),)


class ArchiveVersion(BaseModel):
    """One generated archival copy: its version, hash, pages and where it went.
    Regenerating adds a version; the older ones and their hashes stay."""

    id = AutoField()
    archive = ForeignKeyField(Archive, backref="versions", on_delete="RESTRICT")
    version = IntegerField()
    sha256 = CharField(max_length=64, index=True)
    pages = IntegerField()
    size = IntegerField()
    path = TextField()  # where the file was put when it was made
    generated_at = DateTimeField(default=now)
    generated_by = ForeignKeyField(User, null=True, on_delete="RESTRICT",
                                   backref="archive_versions")
    generated_by_name = CharField(max_length=64)  # 归档人 as printed on the copy

    class Meta:
        indexes = ((("archive", "version"), True),)


class PrintLog(BaseModel):
    """Every print and export of a document: who, when, which copy, masked or not."""

    id = AutoField()
    at = DateTimeField(default=now, index=True)
    actor = ForeignKeyField(User, null=True, on_delete="RESTRICT")
    actor_name = CharField(max_length=64)  # the username (system:… for the CLI)
    document = CharField(max_length=24)  # case_archive | case_working | register …
    call = ForeignKeyField(Call, null=True, backref="prints", on_delete="CASCADE")
    archive_version = ForeignKeyField(ArchiveVersion, null=True, on_delete="RESTRICT")
    copy = CharField(max_length=12, default="")  # archival | working
    masked = BooleanField(default=False)
    destination = CharField(max_length=12, default="file")  # file | printer
    pages = IntegerField(default=0)
    detail = CharField(max_length=64, default="")  # month, year …
