"""Knowledge articles written in the app (issue 8, part 5): versions, stale edits,
publish and retire as the duty officer's search sees them, use on a case, who may
edit, and an audit log without the articles' text. Both backends."""

from __future__ import annotations

import pytest

from hotline.models import (AuditLog, CaseArticle, Category, KnowledgeArticle,
                            KnowledgeArticleVersion, KnowledgeTag, db)
from hotline.services import (Conflict, NotFound, PermissionDenied, ValidationError,
                              calls, knowledge)

BODY = "劳动者被拖欠工资，可以向劳动保障监察机构投诉，也可以申请劳动仲裁。"


@pytest.fixture
def labour(actors):
    top = Category.create(code="LD", name="劳动争议")
    child = Category.create(code="LD01", name="欠薪", parent=top.id)
    other = Category.create(code="HY", name="婚姻家庭")
    return top, child, other


def titles(hits):
    return [h.title for h in hits]


def test_each_save_is_a_version_with_who_when_and_what_changed(actors, labour):
    spec, sup = actors["specialist"], actors["supervisor"]
    _, child, other = labour
    a = knowledge.create_article(actor=spec, title="拖欠工资怎么办", body=BODY,
                                 category_id=child.id, tags="欠薪， 劳动争议,欠薪",
                                 note="初稿")
    assert (a.status, a.version, a.tags, a.category) == \
        ("draft", 1, "欠薪,劳动争议", "劳动争议/欠薪")
    b = knowledge.update_article(actor=sup, article_id=a.id, expected_version=1,
                                 title="拖欠工资怎么办？", body=BODY,
                                 category_id=child.id, tags="欠薪,劳动争议",
                                 note="标题加问号")
    c = knowledge.update_article(actor=spec, article_id=a.id, expected_version=2,
                                 title="拖欠工资怎么办？", body=BODY + "\n仲裁免费。",
                                 category_id=other.id, tags="欠薪", note="")
    assert (b.version, c.version) == (2, 3)
    assert c.updated_by == "specialist one" and c.author == "specialist one"
    history = knowledge.article_versions(actor=sup, article_id=a.id)
    assert [(v.version, v.author, v.note, v.changed) for v in history] == [
        (3, "specialist one", "", ("body", "category_id", "tags")),
        (2, "supervisor one", "标题加问号", ("title",)),
        (1, "specialist one", "初稿", ()),
    ]
    assert history[-1].title == "拖欠工资怎么办" and history[-1].body == BODY
    assert history[0].category == "婚姻家庭"
    # saving what is already there writes no version
    same = knowledge.update_article(actor=spec, article_id=a.id, expected_version=3,
                                    title=c.title, body=c.body, category_id=other.id,
                                    tags="欠薪", note="没改")
    assert same.version == 3
    assert KnowledgeArticleVersion.select().where(
        KnowledgeArticleVersion.article == a.id).count() == 3
    assert [t for (t,) in KnowledgeTag.select(KnowledgeTag.tag).where(
        KnowledgeTag.article == a.id).tuples()] == ["欠薪"]


def test_a_stale_edit_is_refused_and_writes_nothing(actors):
    spec, spec2 = actors["specialist"], actors["specialist2"]
    a = knowledge.create_article(actor=spec, title="离婚财产如何分割",
                                 body="夫妻共同财产原则上平均分割。")
    knowledge.update_article(actor=spec, article_id=a.id, expected_version=1,
                             title=a.title, body=a.body + "照顾子女。", note="补充")
    before = (AuditLog.select().count(), KnowledgeArticleVersion.select().count())
    with pytest.raises(Conflict) as refused:
        knowledge.update_article(actor=spec2, article_id=a.id, expected_version=1,
                                 title="离婚财产分割（旧稿）", body=a.body)
    assert refused.value.code == "stale_article"
    assert (AuditLog.select().count(), KnowledgeArticleVersion.select().count()) == before
    now = knowledge.get_article(actor=spec2, article_id=a.id)
    assert (now.title, now.version) == ("离婚财产如何分割", 2)
    with pytest.raises(Conflict):  # publishing a text the editor did not see
        knowledge.publish(actor=spec2, article_id=a.id, expected_version=1)
    assert knowledge.publish(actor=spec2, article_id=a.id,
                             expected_version=2).status == "published"


def test_publish_and_retire_reach_search_and_suggestions_at_once(actors):
    spec, duty = actors["specialist"], actors["duty_officer"]
    a = knowledge.create_article(actor=spec, title="拖欠工资怎么办", body=BODY,
                                 tags="欠薪")
    typed = "老板三个月没发工资了，想投诉"
    # a draft: the duty officer finds nothing and cannot open it
    assert knowledge.search_articles(actor=duty, query="欠薪") == []
    assert knowledge.suggest_articles(actor=duty, text=typed) == []
    with pytest.raises(NotFound):
        knowledge.get_article(actor=duty, article_id=a.id)
    assert knowledge.get_article(actor=spec, article_id=a.id).status == "draft"

    knowledge.publish(actor=spec, article_id=a.id)
    for query in ("欠", "欠薪", "劳动仲裁"):  # 1, 2 and 3+ characters
        assert titles(knowledge.search_articles(actor=duty, query=query)) == \
            ["拖欠工资怎么办"], query
    assert titles(knowledge.suggest_articles(actor=duty, text=typed)) == ["拖欠工资怎么办"]
    assert knowledge.get_article(actor=duty, article_id=a.id).body == BODY

    # an edit of the published article is what the duty officer finds next
    knowledge.update_article(actor=spec, article_id=a.id, expected_version=1,
                             title="工资被拖欠", body="可以申请劳动监察。", tags="",
                             note="改写")
    assert knowledge.search_articles(actor=duty, query="欠薪") == []
    assert knowledge.search_articles(actor=duty, query="劳动仲裁") == []
    assert titles(knowledge.search_articles(actor=duty, query="劳动监察")) == ["工资被拖欠"]
    assert titles(knowledge.search_articles(actor=duty, query="监")) == ["工资被拖欠"]

    retired = knowledge.retire(actor=spec, article_id=a.id)
    assert retired.status == "retired" and retired.retired_at is not None
    for query in ("监", "劳动", "劳动监察", "拖欠"):
        assert knowledge.search_articles(actor=duty, query=query) == [], query
    assert knowledge.suggest_articles(actor=duty, text="工资被拖欠，劳动监察") == []
    with pytest.raises(NotFound):
        knowledge.get_article(actor=duty, article_id=a.id)
    assert knowledge.get_article(actor=spec, article_id=a.id).status == "retired"
    with pytest.raises(Conflict) as twice:
        knowledge.retire(actor=spec, article_id=a.id)
    assert twice.value.code == "article_status"
    knowledge.publish(actor=spec, article_id=a.id)  # back again
    assert titles(knowledge.search_articles(actor=duty, query="劳动监察")) == ["工资被拖欠"]


def test_using_an_article_on_a_case_counts_once_per_case(actors):
    spec, duty = actors["specialist"], actors["duty_officer"]
    a = knowledge.create_article(actor=spec, title="拖欠工资怎么办", body=BODY)
    first = calls.log_call(actor=duty, outcome="callback", subject="欠薪",
                           phone="13800138000")
    second = calls.log_call(actor=duty, outcome="callback", subject="欠薪",
                            phone="13800138001")
    with pytest.raises(ValidationError) as draft:  # not published yet
        knowledge.link_article(actor=duty, call_id=first.id, article_id=a.id)
    assert draft.value.field == "article_id"
    assert draft.value.code == "article_not_published"
    knowledge.publish(actor=spec, article_id=a.id)
    knowledge.link_article(actor=duty, call_id=first.id, article_id=a.id)
    knowledge.link_article(actor=duty, call_id=first.id, article_id=a.id)
    with db.atomic():  # as calls.resolve calls it, inside its transaction
        knowledge.record_use(actor=spec, call_id=first.id, article_id=a.id)
    assert KnowledgeArticle.get_by_id(a.id).use_count == 1
    knowledge.link_article(actor=duty, call_id=second.id, article_id=a.id)
    assert KnowledgeArticle.get_by_id(a.id).use_count == 2
    link = CaseArticle.get(CaseArticle.call == first.id)
    assert (link.article_id, link.version, link.actor_id) == (a.id, 1, duty.id)
    assert titles(knowledge.case_articles(actor=duty, call_id=first.id)) == \
        ["拖欠工资怎么办"]
    rows = knowledge.list_articles(actor=spec).rows
    assert [(r.id, r.use_count) for r in rows] == [(a.id, 2)]
    with pytest.raises(ValidationError) as unknown:
        knowledge.link_article(actor=duty, call_id=first.id, article_id=999_999)
    assert unknown.value.field == "article_id"
    knowledge.retire(actor=spec, article_id=a.id)
    third = calls.log_call(actor=duty, outcome="callback", subject="欠薪",
                           phone="13800138002")
    with pytest.raises(ValidationError):
        knowledge.link_article(actor=duty, call_id=third.id, article_id=a.id)
    assert KnowledgeArticle.get_by_id(a.id).use_count == 2


def test_only_specialists_supervisors_and_directors_edit(actors):
    a = knowledge.create_article(actor=actors["director"], title="申请法律援助的条件",
                                 body="经济困难的公民可以申请法律援助。")
    before = (AuditLog.select().count(), KnowledgeArticleVersion.select().count())
    for role in ("duty_officer", "secretary", "admin"):
        who = actors[role]
        with pytest.raises(PermissionDenied):
            knowledge.create_article(actor=who, title="x", body="y")
        with pytest.raises(PermissionDenied):
            knowledge.update_article(actor=who, article_id=a.id, expected_version=1,
                                     title="改", body="改")
        with pytest.raises(PermissionDenied):
            knowledge.publish(actor=who, article_id=a.id)
        with pytest.raises(PermissionDenied):
            knowledge.retire(actor=who, article_id=a.id)
        with pytest.raises(PermissionDenied):
            knowledge.article_versions(actor=who, article_id=a.id)
    assert (AuditLog.select().count(), KnowledgeArticleVersion.select().count()) == before
    assert KnowledgeArticle.get_by_id(a.id).status == "draft"
    for role in ("specialist", "supervisor"):
        knowledge.update_article(actor=actors[role], article_id=a.id,
                                 expected_version=KnowledgeArticle.get_by_id(a.id).version,
                                 title=f"申请法律援助的条件 {role}", body="经济困难。")


def test_validation_errors_name_the_field(actors, labour):
    spec = actors["specialist"]
    top, _, _ = labour
    Category.update(active=False).where(Category.id == top.id).execute()
    cases = [
        (dict(title="  ", body="x"), "title", "required"),
        (dict(title="t" * 201, body="x"), "title", "too_long"),
        (dict(title="t", body=""), "article_body", "required"),
        (dict(title="t", body="x", category_id=top.id), "category_id",
         "not_active_category"),
        (dict(title="t", body="x", category_id=999_999), "category_id",
         "not_active_category"),
        (dict(title="t", body="x", tags=",".join(f"标签{i}" for i in range(21))),
         "tags", "too_many_tags"),
        (dict(title="t", body="x", tags="长" * 41), "tags", "too_long"),
        (dict(title="t", body="x", note="n" * 201), "note", "too_long"),
        (dict(title="a\x07b", body="x"), "title", "control_char"),
    ]
    for kwargs, field, code in cases:
        with pytest.raises(ValidationError) as bad:
            knowledge.create_article(actor=spec, **kwargs)
        assert (bad.value.field, bad.value.code) == (field, code), kwargs
    assert KnowledgeArticle.select().count() == 0
    a = knowledge.create_article(actor=spec, title="t", body="x")
    with pytest.raises(ValidationError) as bad:
        knowledge.update_article(actor=spec, article_id=a.id, expected_version=None,
                                 title="t", body="y")
    assert bad.value.field == "expected_version"


def test_the_audit_log_holds_ids_and_field_names_not_the_text(actors, labour):
    spec, duty = actors["specialist"], actors["duty_officer"]
    secret = ["秘密标题甲", "正文里的私人信息乙", "标签丙", "改动说明丁"]
    a = knowledge.create_article(actor=spec, title=secret[0], body=secret[1],
                                 tags=secret[2], note=secret[3],
                                 category_id=labour[1].id)
    knowledge.update_article(actor=spec, article_id=a.id, expected_version=1,
                             title=secret[0] + "2", body=secret[1] + "2",
                             tags=secret[2] + "2", note=secret[3] + "2")
    knowledge.publish(actor=spec, article_id=a.id)
    case = calls.log_call(actor=duty, outcome="callback", subject="x",
                          phone="13800138000")
    knowledge.link_article(actor=duty, call_id=case.id, article_id=a.id)
    knowledge.retire(actor=spec, article_id=a.id)
    rows = list(AuditLog.select().where(AuditLog.entity == "knowledge_article")
                .order_by(AuditLog.id))
    assert [(r.action, r.entity_id) for r in rows] == [
        (action, str(a.id)) for action in ("create", "update", "publish", "use",
                                            "retire")]
    text = " ".join(f"{r.old} {r.new}" for r in rows)
    for words in secret:
        assert words not in text
    assert '"body"' in rows[1].new and '"title"' in rows[1].new and '"note"' in rows[1].new
    assert '"version": 2' in rows[1].new
    assert f'"call_id": {case.id}' in rows[3].new


def test_the_list_pages_by_key_and_filters(actors, labour):
    spec, duty = actors["specialist"], actors["duty_officer"]
    top, child, other = labour
    made = []
    for i in range(7):
        a = knowledge.create_article(
            actor=spec, title=f"文章{i}", body=f"正文 {'欠薪' if i % 2 else '离婚'} {i}",
            category_id=(child.id if i % 2 else other.id),
            tags="欠薪,工资" if i % 2 else "婚姻")
        made.append(a)
        if i < 5:
            knowledge.publish(actor=spec, article_id=a.id)
    knowledge.retire(actor=spec, article_id=made[0].id)
    seen, after = [], None
    while True:
        page = knowledge.list_articles(actor=spec, limit=3, after=after)
        seen += [r.id for r in page.rows]
        if page.next_key is None:
            break
        after = page.next_key
    assert sorted(seen) == sorted(a.id for a in made) and len(seen) == 7

    def ids(**kw):
        return sorted(r.id for r in knowledge.list_articles(actor=spec, **kw).rows)

    odd = sorted(a.id for a in made[1::2])
    assert ids(category_id=top.id) == odd  # a top-level category includes its children
    assert ids(category_id=child.id) == odd
    assert ids(tag="工资") == odd
    assert ids(text="欠薪") == odd  # drafts too, for an editor
    assert ids(text="正文 离婚") == sorted(a.id for a in made[0::2])
    assert ids(text="文章6") == [made[6].id]  # 3+ characters: FTS5 / pg_trgm, a draft
    assert ids(text="文章6 欠薪") == [] and ids(text="文章") == sorted(a.id for a in made)
    assert ids(text="100%_") == []  # LIKE wildcards are text
    assert ids(status="draft") == [made[5].id, made[6].id]
    assert ids(status="retired") == [made[0].id]
    assert ids(status="published", tag="欠薪") == [made[1].id, made[3].id]
    # a duty officer sees the published articles only
    duty_rows = knowledge.list_articles(actor=duty).rows
    assert sorted(r.id for r in duty_rows) == [a.id for a in made[1:5]]
    assert {r.status for r in duty_rows} == {"published"}
    assert knowledge.list_articles(actor=duty, status="draft").rows == []


def test_migration_8_brings_old_articles_in(database):
    """An article table as it was before migration 8 (published flag, free tags,
    versions without note) is upgraded in place; running it again changes nothing."""
    from peewee import (AutoField, BooleanField, CharField, DateTimeField,
                        IntegerField, Model, TextField)

    from hotline.storage.migrations import _m002_search, _m008_knowledge

    class OldArticle(Model):
        id = AutoField()
        title = CharField(max_length=200)
        body = TextField()
        category_id = IntegerField(null=True)
        tags = CharField(max_length=255, default="")
        author_id = IntegerField(null=True)
        version = IntegerField(default=1)
        use_count = IntegerField(default=0)
        published = BooleanField(default=True)
        created_at = DateTimeField()
        updated_at = DateTimeField()

        class Meta:
            table_name = "knowledge_article"

    class OldVersion(Model):
        id = AutoField()
        article_id = IntegerField()
        version = IntegerField()
        title = CharField(max_length=200)
        body = TextField()
        author_id = IntegerField(null=True)
        created_at = DateTimeField()

        class Meta:
            table_name = "knowledge_article_version"

    import datetime as dt

    pg = "Postgres" in type(database).__name__
    with database.atomic():
        for table in ("case_article", "knowledge_tag", "knowledge_article_version",
                      "knowledge_gram"):
            database.execute_sql(f'DROP TABLE IF EXISTS "{table}"')
        database.execute_sql('DROP TABLE "knowledge_article"' + (" CASCADE" if pg else ""))
        OldArticle.bind(database)
        OldVersion.bind(database)
        database.create_tables([OldArticle, OldVersion])
        at = dt.datetime(2026, 1, 5, 9, 0)
        OldArticle.create(title="拖欠工资怎么办", body=BODY, tags="欠薪， 劳动争议",
                          version=2, published=True, created_at=at, updated_at=at)
        OldArticle.create(title="草稿", body="未发布", tags="", published=False,
                          created_at=at, updated_at=at)
        OldVersion.create(article_id=1, version=1, title="旧", body="旧", created_at=at)
        _m002_search(database)
        _m008_knowledge(database)
        _m008_knowledge(database)  # idempotent
    articles = {a.id: a for a in KnowledgeArticle.select()}
    assert (articles[1].status, articles[1].published_at) == ("published", at)
    assert (articles[2].status, articles[2].published_at) == ("draft", None)
    versions = sorted(KnowledgeArticleVersion.select().where(
        KnowledgeArticleVersion.article == 1).tuples().iterator(), key=lambda r: r[2])
    assert [v[2] for v in versions] == [1, 2]  # the current text got its version row
    assert sorted(t for (t,) in KnowledgeTag.select(KnowledgeTag.tag).tuples()) == \
        ["劳动争议", "欠薪"]
    assert KnowledgeTag.select().count() == 2
    # the upgraded database works as a new one does
    spec, duty = (
        __import__("helpers").make_user("s", "specialist"),
        __import__("helpers").make_user("d", "duty_officer"))
    assert titles(knowledge.search_articles(actor=duty, query="欠薪")) == ["拖欠工资怎么办"]
    knowledge.retire(actor=spec, article_id=1)
    assert knowledge.search_articles(actor=duty, query="欠薪") == []
    case = calls.log_call(actor=duty, outcome="callback", subject="x", phone="13800138000")
    knowledge.publish(actor=spec, article_id=2)
    knowledge.link_article(actor=duty, call_id=case.id, article_id=2)
    assert KnowledgeArticle.get_by_id(2).use_count == 1
    assert knowledge.update_article(actor=spec, article_id=2, expected_version=1,
                                    title="草稿", body="已发布", note="x").version == 2


def test_two_editors_saving_at_the_same_moment(actors, database):
    """Two threads, each with its own connection, save from the same version at
    once: one new version, the other refused (stale_article), nothing of it kept."""
    import threading

    a = knowledge.create_article(actor=actors["specialist"], title="工伤认定",
                                 body="发生工伤后三十日内申请。")
    barrier = threading.Barrier(2)
    results: dict = {}

    def save(who, body):
        try:
            barrier.wait(timeout=10)
            results[who.username] = knowledge.update_article(
                actor=who, article_id=a.id, expected_version=1, title="工伤认定",
                body=body, note=who.username)
        except Exception as exc:  # noqa: BLE001 - the test inspects it
            results[who.username] = exc
        finally:
            database.close()

    threads = [threading.Thread(target=save, args=(actors["specialist"], "甲的改动")),
               threading.Thread(target=save, args=(actors["supervisor"], "乙的改动"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not any(t.is_alive() for t in threads)
    made = [r for r in results.values() if isinstance(r, knowledge.ArticleDetail)]
    refused = [r for r in results.values() if isinstance(r, Conflict)]
    assert len(made) == 1 and len(refused) == 1, results
    assert refused[0].code == "stale_article"
    row = KnowledgeArticle.get_by_id(a.id)
    assert (row.version, row.body) == (2, made[0].body)
    assert [v.version for v in knowledge.article_versions(
        actor=actors["director"], article_id=a.id)] == [2, 1]
