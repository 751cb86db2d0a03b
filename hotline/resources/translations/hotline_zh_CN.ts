<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AgentModel</name>
    <message>
        <location filename="../../ui/supervision_page.py" line="52" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_page.py" line="52" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_page.py" line="52" />
        <source>Shift now</source>
        <translation>当前班次</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_page.py" line="53" />
        <source>Open cases</source>
        <translation>在办</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_page.py" line="53" />
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_page.py" line="54" />
        <source>Supervised (督办)</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_page.py" line="59" />
        <source>%1 (deactivated)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_page.py" line="64" />
        <source>Off shift</source>
        <translation>不在班</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_page.py" line="66" />
        <source>On shift until %1</source>
        <translation>在班，至 %1</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_page.py" line="71" />
        <source>⚠ %1 overdue</source>
        <translation>⚠ %1 件超时</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_page.py" line="74" />
        <source>%1 · ⚠ %2 past the deadline</source>
        <translation>%1 · ⚠ %2 件已过督办期限</translation>
    </message>
</context>
<context>
    <name>AgentsModel</name>
    <message>
        <location filename="../../ui/dashboard_page.py" line="164" />
        <location filename="../../ui/quality_page.py" line="113" />
        <source>Agent</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="164" />
        <source>On shift</source>
        <translation>在班</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="164" />
        <source>Calls logged</source>
        <translation>受理来电</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="165" />
        <source>Open cases</source>
        <translation>在办工单</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="165" />
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="165" />
        <source>Resolved today</source>
        <translation>今日办结</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="173" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="173" />
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="113" />
        <source>Eligible cases</source>
        <translation>可抽工单</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="113" />
        <source>Rate</source>
        <translation>抽检比例</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="114" />
        <source>Minimum</source>
        <translation>最少件数</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="114" />
        <source>New staff (×2)</source>
        <translation>新员工（加倍）</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="115" />
        <source>To draw</source>
        <translation>随机抽取</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="115" />
        <source>Mandatory</source>
        <translation>必检</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="115" />
        <source>Reviewed</source>
        <translation>已质检</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="116" />
        <source>Last seed</source>
        <translation>最近种子</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="128" />
        <source>yes, doubled</source>
        <translation>是，加倍</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="128" />
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../ui/quality_page.py" line="371" />
        <source>Choose an answer first.</source>
        <translation>请先选择处理结果。</translation>
    </message>
</context>
<context>
    <name>AppraisalPage</name>
    <message>
        <location filename="../../ui/appraisal_page.py" line="38" />
        <source>one veto: at most 合格</source>
        <translation>一项否决：最高合格</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="39" />
        <source>two or more vetoes: 不合格</source>
        <translation>两项及以上否决：不合格</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="41" />
        <source>over the 优秀 quota: 良好</source>
        <translation>超出优秀名额：良好</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="138" />
        <source>Printed on %1</source>
        <translation>已在 %1 打印</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="174" />
        <location filename="../../ui/pages.py" line="217" />
        <source>Appraisals</source>
        <translation>绩效考核</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="177" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="179" />
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="181" />
        <source>Finalize</source>
        <translation>定稿</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="194" />
        <source>Save score</source>
        <translation>保存评分</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="196" />
        <source>Preview sheet</source>
        <translation>预览考核表</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="198" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="212" />
        <source>Supervisor's score (0–100)</source>
        <translation>上级评分（0–100）</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="213" />
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="266" />
        <source>%1: %2 evaluations</source>
        <translation>%1：%2 份考核</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="294" />
        <source>Computed %1 as a draft</source>
        <translation>已计算 %1（草稿）</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="299" />
        <source>%1 is final</source>
        <translation>%1 已定稿</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="310" />
        <source>Score saved for %1</source>
        <translation>已保存 %1 的评分</translation>
    </message>
</context>
<context>
    <name>AppraisalSettingsEditor</name>
    <message>
        <location filename="../../ui/appraisal_settings.py" line="36" />
        <source>Quarterly score weights</source>
        <translation>季度综合得分权重</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_settings.py" line="37" />
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_settings.py" line="37" />
        <source>QA mean</source>
        <translation>质检均分</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_settings.py" line="38" />
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_settings.py" line="38" />
        <location filename="../../ui/appraisal_settings.py" line="39" />
        <source>Review</source>
        <translation>评价</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_settings.py" line="40" />
        <source>Supervisor's score</source>
        <translation>上级评分</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_settings.py" line="40" />
        <source>Self score</source>
        <translation>自评分</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_settings.py" line="41" />
        <source>KPI parts</source>
        <translation>KPI 构成</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_settings.py" line="42" />
        <location filename="../../ui/appraisal_settings.py" line="45" />
        <source>Calls handled</source>
        <translation>受理量</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_settings.py" line="42" />
        <source>On-time rate</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_settings.py" line="43" />
        <source>Handle time</source>
        <translation>处理时长</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_settings.py" line="43" />
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_settings.py" line="44" />
        <source>KPI targets (a quarter)</source>
        <translation>KPI 目标（每季度）</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_settings.py" line="46" />
        <source>On-time rate (0–1)</source>
        <translation>按时办结率（0–1）</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_settings.py" line="47" />
        <source>Mean handle time (seconds, lower is better)</source>
        <translation>平均处理时长（秒，越短越好）</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_settings.py" line="48" />
        <source>Attendance rate (0–1)</source>
        <translation>出勤率（0–1）</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_settings.py" line="49" />
        <source>Annual score</source>
        <translation>年度得分</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_settings.py" line="50" />
        <source>Mean of the quarters</source>
        <translation>季度平均</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_settings.py" line="51" />
        <source>Annual review</source>
        <translation>年度评价</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_settings.py" line="77" />
        <source>Share of 优秀 at most (0–1)</source>
        <translation>优秀比例上限（0–1）</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_settings.py" line="80" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_settings.py" line="89" />
        <source>Each group of weights adds up to 1. Each evaluation keeps the weights it was computed with; a change applies to the next computation.</source>
        <translation>每组权重之和为 1。每份考核保留计算时所用的权重；修改自下次计算起生效。</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_settings.py" line="140" />
        <source>Saved: weights KPI %1, QA %2, satisfaction %3, review %4; target %5 calls a quarter</source>
        <translation>已保存：权重 KPI %1、质检 %2、满意度 %3、评价 %4；目标每季度受理 %5 件</translation>
    </message>
</context>
<context>
    <name>ArchiveCaseModel</name>
    <message>
        <location filename="../../ui/archive_page.py" line="298" />
        <source>Ticket</source>
        <translation>工单编号</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="298" />
        <source>Closed</source>
        <translation>结案时间</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="298" />
        <source>Subject / category</source>
        <translation>主题 / 分类</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="299" />
        <source>File no. (档号)</source>
        <translation>档号</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="299" />
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="299" />
        <location filename="../../ui/archive_page.py" line="327" />
        <source>Confidential</source>
        <translation>保密</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="302" />
        <source>(confidential)</source>
        <translation>（保密件）</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="307" />
        <source>Not closed</source>
        <translation>未结案</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="309" />
        <source>Not archived</source>
        <translation>未归档</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="311" />
        <source>v%1 · %2</source>
        <translation>第 %1 版 · %2</translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <location filename="../../ui/archive_page.py" line="49" />
        <source>The archival file %1 (%2 v%3) was CHANGED: its bytes no longer match the SHA-256 in the register. Do not use it; regenerate the archive.</source>
        <translation>归档文件 %1（%2 第 %3 版）已被改动：其内容与登记的 SHA-256 不符。请勿使用，请重新生成归档。</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="54" />
        <source>The archival file %1 (%2 v%3) is missing.</source>
        <translation>归档文件 %1（%2 第 %3 版）缺失。</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="58" />
        <source>This case is confidential: you may not see its archival copy (the full record). Use a working copy, which is masked for you.</source>
        <translation>本工单为保密件：您无权查看其归档件（完整记录）。请使用工作件，系统将为您脱敏显示。</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="388" />
        <location filename="../../ui/pages.py" line="190" />
        <source>Case archives</source>
        <translation>案卷归档</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="400" />
        <source>Show closed cases</source>
        <translation>显示已结案工单</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="403" />
        <source>Closed in</source>
        <translation>结案月份</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="410" />
        <source>Closed in a month</source>
        <translation>按月结案</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="411" />
        <source>Search</source>
        <translation>检索</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="418" />
        <source>Regenerate cases archived already</source>
        <translation>已归档的重新生成</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="420" />
        <source>Archive selected</source>
        <translation>归档所选</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="422" />
        <source>Archive the month</source>
        <translation>归档整月</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="424" />
        <source>Open case</source>
        <translation>打开工单</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="432" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="450" />
        <source>Copy</source>
        <translation>副本</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="504" />
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="578" />
        <source>%1 cases closed in %2; %3 archived.</source>
        <translation>%2 结案 %1 件，已归档 %3 件。</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="580" />
        <source>%1 cases found; %3 archived.</source>
        <translation>找到 %1 件，已归档 %3 件。</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="625" />
        <source>Archival copy v%1 (as registered)</source>
        <translation>归档正本第 %1 版（与登记一致）</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="627" />
        <source>Working copy (masked)</source>
        <translation>工作副本（脱敏）</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="628" />
        <source>Working copy</source>
        <translation>工作副本</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="632" />
        <source>Confidential case: you may print a masked working copy only.</source>
        <translation>保密件：您只能打印脱敏的工作副本。</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="634" />
        <source>Not archived yet.</source>
        <translation>尚未归档。</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="636" />
        <source>Press Preview for a working copy.</source>
        <translation>按“预览”生成工作副本。</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="665" />
        <source>%1 v%2 — archival copy, as registered (SHA-256 checked)</source>
        <translation>%1 第 %2 版 — 归档正本，与登记一致（已核对 SHA-256）</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="678" />
        <source>%1 — working copy</source>
        <translation>%1 — 工作副本</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="680" />
        <source> (caller masked)</source>
        <translation>（来电人已脱敏）</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="737" />
        <location filename="../../ui/archive_page.py" line="766" />
        <source>Archiving…</source>
        <translation>正在归档…</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="742" />
        <source>%1 archived, %2 skipped (archived already).</source>
        <translation>归档 %1 件，跳过 %2 件（已归档）。</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="745" />
        <source>Not archived: %1</source>
        <translation>未归档：%1</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="757" />
        <source>Stopped: the cases archived before the stop are registered.</source>
        <translation>已停止：停止前归档的工单均已登记。</translation>
    </message>
</context>
<context>
    <name>ArchiveTab</name>
    <message>
        <location filename="../../ui/center_settings_page.py" line="844" />
        <source>Y (permanent)</source>
        <translation>Y（永久）</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="845" />
        <source>D30 (30 years)</source>
        <translation>D30（30 年）</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="846" />
        <source>D10 (10 years)</source>
        <translation>D10（10 年）</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="850" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="853" />
        <source>Center name (编制单位)</source>
        <translation>中心名称（编制单位）</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="854" />
        <source>Fonds number (全宗号)</source>
        <translation>全宗号</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="855" />
        <source>Class code (门类)</source>
        <translation>门类代码</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="856" />
        <source>Unit code (机构/问题)</source>
        <translation>机构（问题）代码</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="857" />
        <source>Retention period (保管期限)</source>
        <translation>保管期限</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="858" />
        <source>Folder of archival copies (empty: beside the database)</source>
        <translation>归档文件存放目录（留空：与数据库同目录）</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="860" />
        <source>Example archive number</source>
        <translation>档号示例</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="907" />
        <source>Saved: %1, archive numbers like %2</source>
        <translation>已保存：%1，档号形如 %2</translation>
    </message>
</context>
<context>
    <name>ArticleVersionDialog</name>
    <message>
        <location filename="../../ui/knowledge_page.py" line="69" />
        <source>Version %1 (read-only)</source>
        <translation>第 %1 版（只读）</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="75" />
        <source>Version %1</source>
        <translation>第 %1 版</translation>
    </message>
</context>
<context>
    <name>AssigneeDialog</name>
    <message>
        <location filename="../../ui/assignee_dialog.py" line="27" />
        <source>Type to jump to a name; Enter chooses.</source>
        <translation>输入姓名可快速定位，按回车确认。</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../ui/audit_page.py" line="28" />
        <source>Case</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="29" />
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="30" />
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="31" />
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="32" />
        <source>SLA policy</source>
        <translation>时限规则</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="33" />
        <source>Business hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="34" />
        <source>Calendar day</source>
        <translation>日历日</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="35" />
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="36" />
        <source>Handover note</source>
        <translation>交接班记录</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="37" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="38" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="39" />
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="40" />
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="41" />
        <source>Knowledge article</source>
        <translation>知识库文章</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="47" />
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="48" />
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="49" />
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="50" />
        <source>note added</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="51" />
        <source>call back recorded</source>
        <translation>记录回访</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="52" />
        <source>rating recorded</source>
        <translation>记录满意度</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="53" />
        <source>assigned</source>
        <translation>派单</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="54" />
        <source>transferred</source>
        <translation>转办</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="55" />
        <source>escalated</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="56" />
        <source>signed for</source>
        <translation>签收</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="57" />
        <source>supervision notice</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="58" />
        <source>published</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="59" />
        <source>retired</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="60" />
        <source>used on a case</source>
        <translation>用于工单</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="61" />
        <source>started</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="62" />
        <source>waiting for caller</source>
        <translation>等待来电人</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="63" />
        <source>resumed</source>
        <translation>恢复办理</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="64" />
        <source>resolved</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="65" />
        <source>closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="66" />
        <source>reopened</source>
        <translation>退回重办</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="67" />
        <source>signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="68" />
        <source>sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="69" />
        <source>sign-in refused (locked)</source>
        <translation>拒绝登录（已锁定）</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="70" />
        <source>locked after failed sign-ins</source>
        <translation>多次登录失败后锁定</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="71" />
        <source>unlocked</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="72" />
        <source>role changed</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="73" />
        <source>activated / deactivated</source>
        <translation>启用/停用</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="74" />
        <source>password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="75" />
        <source>password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="76" />
        <source>acknowledged</source>
        <translation>确认接班</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="77" />
        <source>backed up</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="78" />
        <source>restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="79" />
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="80" />
        <source>exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="81" />
        <source>generated</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="90" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="91" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="121" />
        <location filename="../../ui/pages.py" line="184" />
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="125" />
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="128" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="129" />
        <source>Older entries</source>
        <translation>更早的记录</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="136" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="136" />
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="136" />
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="137" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="137" />
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="138" />
        <source>Values</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="142" />
        <source>Who changed what, when. The log holds ids, codes and the names of the fields changed — never what was written in them.</source>
        <translation>谁在何时修改了什么。日志只记录编号、代码和所改字段的名称，从不记录字段中填写的内容。</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="213" />
        <source>(unknown account)</source>
        <translation>（未知账号）</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <location filename="../../ui/backup_schedule.py" line="102" />
        <source>Backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/backup_schedule.py" line="104" />
        <source>(last backup %1)</source>
        <translation>（上次备份 %1）</translation>
    </message>
    <message>
        <location filename="../../ui/backup_schedule.py" line="106" />
        <source>Backup overdue: last backup %1</source>
        <translation>备份已过期：上次备份 %1</translation>
    </message>
    <message>
        <location filename="../../ui/backup_schedule.py" line="108" />
        <source>Backup overdue: no backup has been taken yet</source>
        <translation>备份已过期：尚未进行过备份</translation>
    </message>
    <message>
        <location filename="../../ui/backup_schedule.py" line="116" />
        <source>Backups are kept in %1</source>
        <translation>备份保存在 %1</translation>
    </message>
    <message>
        <location filename="../../ui/backup_schedule.py" line="123" />
        <source>the disk holding the backups is full</source>
        <translation>存放备份的磁盘已满</translation>
    </message>
    <message>
        <location filename="../../ui/backup_schedule.py" line="125" />
        <source>the backup folder cannot be written</source>
        <translation>备份文件夹无法写入</translation>
    </message>
    <message>
        <location filename="../../ui/backup_schedule.py" line="127" />
        <source>the copy failed its check; the older backups were kept</source>
        <translation>备份副本未通过校验，已保留之前的备份</translation>
    </message>
</context>
<context>
    <name>CallForm</name>
    <message>
        <location filename="../../ui/call_form.py" line="92" />
        <source>Caller's number — history appears on the right</source>
        <translation>来电号码 — 右侧自动显示来电历史</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="105" />
        <source>Type to filter, e.g. 欠薪</source>
        <translation>输入筛选，例如：欠薪</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="114" />
        <source>What the call is about, in one line</source>
        <translation>一句话概括来电事由</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="118" />
        <source>What the caller says, what they ask for</source>
        <translation>来电人反映的情况和诉求</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="122" />
        <source>The answer or advice given on the call</source>
        <translation>通话中给出的答复或建议</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="124" />
        <source>Confidential</source>
        <translation>保密</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="126" />
        <source>Caller stays anonymous</source>
        <translation>来电人要求匿名</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="131" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="132" />
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="135" />
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="137" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="138" />
        <location filename="../../ui/call_form.py" line="205" />
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="139" />
        <location filename="../../ui/call_form.py" line="206" />
        <source>Subject</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="140" />
        <source>Description</source>
        <translation>详细情况</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="141" />
        <source>Reply given</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="149" />
        <source>Save with outcome</source>
        <translation>选择处理结果并保存</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="151" />
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="151" />
        <source>Transfer…</source>
        <translation>转办…</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="152" />
        <source>Escalate…</source>
        <translation>升级…</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="152" />
        <source>Call back later</source>
        <translation>需回电</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="160" />
        <source>Hung up</source>
        <translation>挂断</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="160" />
        <source>Silent</source>
        <translation>无声</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="161" />
        <source>Prank</source>
        <translation>骚扰</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="161" />
        <source>Wrong number</source>
        <translation>打错</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="167" />
        <source>Logs the call at once with this outcome (one key)</source>
        <translation>按一次键即以此结果登记本次来电</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="170" />
        <source>Clear form</source>
        <translation>清空表单</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="177" />
        <source>Log a call</source>
        <translation>来电登记</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="181" />
        <source>Call time</source>
        <translation>通话时长</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="193" />
        <source>Caller history</source>
        <translation>来电历史</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="194" />
        <location filename="../../ui/call_form.py" line="447" />
        <source>Type the caller's number to see earlier calls.</source>
        <translation>输入来电号码即可查看历史来电。</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="205" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="206" />
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="216" />
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="220" />
        <source>Search (Ctrl+K) — or just type the subject</source>
        <translation>搜索（Ctrl+K）— 或直接填写事由自动推荐</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="423" />
        <source>Offline: the server cannot be reached, and this workstation has not seen this number before.</source>
        <translation>离线：服务器无法连接，本机此前未查看过该号码的来电记录。</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="429" />
        <source>Offline — as this workstation last saw it at %1:</source>
        <translation>离线 — 以下为本机 %1 时看到的记录：</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="450" />
        <source>%1: no earlier calls (new caller).</source>
        <translation>%1：无历史来电（新来电人）。</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="452" />
        <source>Known numbers starting like this: %1</source>
        <translation>开头相同的已知号码：%1</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="456" />
        <source>name unknown</source>
        <translation>姓名未知</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="460" />
        <source>%1 — %2 · %3 calls in total, %4 in the last 30 days</source>
        <translation>%1 — %2 · 累计来电 %3 次，近 30 天 %4 次</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="468" />
        <source>Flagged caller: %1</source>
        <translation>重点关注来电人：%1</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="469" />
        <source>see notes</source>
        <translation>见备注</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="471" />
        <source>Frequent caller: %1 calls in 30 days</source>
        <translation>频繁来电：30 天内 %1 次</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="474" />
        <source>%1 open ticket(s): %2</source>
        <translation>%1 个未办结工单：%2</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="478" />
        <source>Notes: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="490" />
        <source>kept offline</source>
        <translation>离线暂存</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="492" />
        <source>(confidential)</source>
        <translation>（保密）</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="534" />
        <source>No matching articles.</source>
        <translation>没有匹配的知识条目。</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="653" />
        <source>Subject: is required — one line about the call.</source>
        <translation>事由：必须填写 — 一句话概括来电。</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="672" />
        <source>Nobody can take this call: there is no active specialist or supervisor account.</source>
        <translation>无人可接收：系统中没有启用的服务专员或监督员账号。</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="675" />
        <source>Transfer to a specialist</source>
        <translation>转办给服务专员</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="676" />
        <source>Escalate to</source>
        <translation>升级给</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="733" />
        <source>Saved: ticket %1 (%2). Ready for the next call.</source>
        <translation>已保存：工单号 %1（%2）。可以接听下一个来电。</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="750" />
        <source>The server cannot be reached: the call is kept on this workstation as %1 (provisional number) and sent when the server is back. Ready for the next call.</source>
        <translation>服务器无法连接：本来电已暂存在本机，临时编号 %1，服务器恢复后自动上传。可以接听下一个来电。</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="767" />
        <source>Call %1 kept offline was refused by the server: %2 — correct it and save it again.</source>
        <translation>离线暂存的来电 %1 被服务器拒收：%2 — 请修改后重新保存。</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="807" />
        <source>Clear the form</source>
        <translation>清空表单</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="808" />
        <source>Discard what is typed for this call? It is not saved.</source>
        <translation>放弃本次来电已输入的内容？这些内容尚未保存。</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="839" />
        <source>The draft cannot be written (%1); the form is still here.</source>
        <translation>无法写入草稿（%1）；表单内容仍然保留。</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="852" />
        <source>Unsaved call found</source>
        <translation>发现未保存的来电</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="853" />
        <source>A call was being typed when the program stopped (%1): %2

Restore it into the form?</source>
        <translation>程序上次退出时有一条来电正在录入（%1）：%2

是否恢复到表单中？</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="855" />
        <source>(no phone or subject)</source>
        <translation>（无号码或事由）</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="864" />
        <source>The unsaved call was restored. Check it and save.</source>
        <translation>已恢复未保存的来电，请核对后保存。</translation>
    </message>
</context>
<context>
    <name>CallbackDialog</name>
    <message>
        <location filename="../../ui/callback_dialog.py" line="42" />
        <source>Rating of case %1</source>
        <translation>工单 %1 满意度评价</translation>
    </message>
    <message>
        <location filename="../../ui/callback_dialog.py" line="43" />
        <source>Call back — case %1</source>
        <translation>回访 — 工单 %1</translation>
    </message>
    <message>
        <location filename="../../ui/callback_dialog.py" line="50" />
        <source>Reading the case…</source>
        <translation>正在读取工单…</translation>
    </message>
    <message>
        <location filename="../../ui/callback_dialog.py" line="54" />
        <source>&amp;Reached the caller</source>
        <translation>已接通(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_dialog.py" line="56" />
        <source>&amp;Not reached</source>
        <translation>未接通(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_dialog.py" line="69" />
        <source>Call back</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../ui/callback_dialog.py" line="70" />
        <source>Note</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <location filename="../../ui/callback_dialog.py" line="76" />
        <source>(no rating)</source>
        <translation>（未评价）</translation>
    </message>
    <message>
        <location filename="../../ui/callback_dialog.py" line="83" />
        <source>Ra&amp;ting</source>
        <translation>满意度(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_dialog.py" line="84" />
        <source>Caller's comment</source>
        <translation>来电人意见</translation>
    </message>
    <message>
        <location filename="../../ui/callback_dialog.py" line="86" />
        <source>The caller's satisfaction (entered on his behalf)</source>
        <translation>来电人满意度（代为录入）</translation>
    </message>
    <message>
        <location filename="../../ui/callback_dialog.py" line="92" />
        <source>No follow-up</source>
        <translation>不作后续处理</translation>
    </message>
    <message>
        <location filename="../../ui/callback_dialog.py" line="94" />
        <source>Send back for rew&amp;ork (退回重办)</source>
        <translation>退回重办(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_dialog.py" line="96" />
        <source>Escalate to a &amp;supervisor</source>
        <translation>升级给监督员(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/callback_dialog.py" line="113" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/callback_dialog.py" line="114" />
        <source>The caller is dissatisfied: what next?</source>
        <translation>来电人不满意，如何处理？</translation>
    </message>
    <message>
        <location filename="../../ui/callback_dialog.py" line="168" />
        <source>The caller's rating, given without a call back</source>
        <translation>来电人主动评价（不计回访次数）</translation>
    </message>
    <message>
        <location filename="../../ui/callback_dialog.py" line="172" />
        <source>Call back no. %1 of this case</source>
        <translation>本工单第 %1 次回访</translation>
    </message>
    <message>
        <location filename="../../ui/callback_dialog.py" line="176" />
        <source>Rated already (%1): a case is rated once.</source>
        <translation>已评价（%1）：每个工单只评价一次。</translation>
    </message>
    <message>
        <location filename="../../ui/callback_dialog.py" line="181" />
        <source>You may not record the rating of this case.</source>
        <translation>您无权录入本工单的满意度。</translation>
    </message>
    <message>
        <location filename="../../ui/callback_dialog.py" line="263" />
        <source>Say whether the caller was reached.</source>
        <translation>请选择是否接通来电人。</translation>
    </message>
</context>
<context>
    <name>CallbacksPage</name>
    <message>
        <location filename="../../ui/callbacks_page.py" line="40" />
        <source>Callbacks due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks_page.py" line="42" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks_page.py" line="49" />
        <source>Due</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks_page.py" line="50" />
        <source>Due (%1)</source>
        <translation>待办（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks_page.py" line="52" />
        <source>&amp;Call back…</source>
        <translation>回电…(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks_page.py" line="54" />
        <source>&amp;Open case</source>
        <translation>打开工单(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/callbacks_page.py" line="66" />
        <source>Call backs promised to callers come first by their response due time; resolved cases wait here for their satisfaction visit until the caller is reached or rates the service.</source>
        <translation>答应来电人的回电按响应时限排在前面；已办结的工单在此等待回访，直到联系上来电人或来电人作出评价。</translation>
    </message>
</context>
<context>
    <name>CaseModel</name>
    <message>
        <location filename="../../ui/case_model.py" line="40" />
        <source>Ticket</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location filename="../../ui/case_model.py" line="40" />
        <source>Received</source>
        <translation>来电时间</translation>
    </message>
    <message>
        <location filename="../../ui/case_model.py" line="40" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/case_model.py" line="41" />
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../ui/case_model.py" line="41" />
        <source>Subject</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../ui/case_model.py" line="41" />
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../ui/case_model.py" line="42" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/case_model.py" line="42" />
        <source>Assigned to</source>
        <translation>承办人</translation>
    </message>
</context>
<context>
    <name>CaseRowsModel</name>
    <message>
        <location filename="../../ui/kpi_page.py" line="154" />
        <location filename="../../ui/supervision_page.py" line="104" />
        <source>Ticket</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location filename="../../ui/kpi_page.py" line="154" />
        <source>Received</source>
        <translation>来电时间</translation>
    </message>
    <message>
        <location filename="../../ui/kpi_page.py" line="154" />
        <location filename="../../ui/supervision_page.py" line="104" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/kpi_page.py" line="155" />
        <location filename="../../ui/supervision_page.py" line="105" />
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/kpi_page.py" line="155" />
        <source>Detail</source>
        <translation>明细</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_page.py" line="104" />
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_page.py" line="105" />
        <source>Resolution due</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_page.py" line="105" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_page.py" line="106" />
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_page.py" line="120" />
        <source>resolved %1</source>
        <translation>%1 已办结</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_page.py" line="122" />
        <source>⚠ overdue · %1</source>
        <translation>⚠ 已超时 · %1</translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <location filename="../../ui/case_window.py" line="50" />
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="53" />
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="55" />
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="61" />
        <source>no due time</source>
        <translation>无时限</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="65" />
        <source>%2 left (due %1)</source>
        <translation>剩余 %2（期限 %1）</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="66" />
        <source>%2 left — at risk (due %1)</source>
        <translation>剩余 %2 — 即将超时（期限 %1）</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="68" />
        <source>overdue by %2 (due %1)</source>
        <translation>已超时 %2（期限 %1）</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="69" />
        <source>paused while waiting on the caller — %2 left (due %1)</source>
        <translation>等待来电人，计时暂停 — 剩余 %2（期限 %1）</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="71" />
        <source>met (due %1)</source>
        <translation>按时完成（期限 %1）</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="72" />
        <source>missed by %2 (due %1)</source>
        <translation>超时 %2 完成（期限 %1）</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="80" />
        <source>5 — very satisfied</source>
        <translation>5 — 非常满意</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="81" />
        <source>4 — satisfied</source>
        <translation>4 — 满意</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="82" />
        <source>3 — fairly satisfied</source>
        <translation>3 — 基本满意</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="83" />
        <source>2 — dissatisfied</source>
        <translation>2 — 不满意</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="84" />
        <source>1 — very dissatisfied</source>
        <translation>1 — 非常不满意</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="163" />
        <source>Si&amp;gn for</source>
        <translation>签收(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="164" />
        <source>&amp;Start work</source>
        <translation>开始办理(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="165" />
        <source>&amp;Wait on caller…</source>
        <translation>等待来电人(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="166" />
        <source>Res&amp;ume</source>
        <translation>恢复办理(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="167" />
        <source>&amp;Resolve…</source>
        <translation>办结(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="168" />
        <source>C&amp;lose case</source>
        <translation>结案(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="169" />
        <source>&amp;Assign…</source>
        <translation>派单(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="170" />
        <source>&amp;Transfer…</source>
        <translation>转办(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="171" />
        <source>&amp;Escalate…</source>
        <translation>升级(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="172" />
        <source>Re&amp;open…</source>
        <translation>退回重办(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="173" />
        <source>Su&amp;pervise…</source>
        <translation>督办(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="174" />
        <source>&amp;Note…</source>
        <translation>备注(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="175" />
        <source>&amp;Call back…</source>
        <translation>回访(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="176" />
        <source>Rat&amp;ing…</source>
        <translation>满意度(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="208" />
        <source>Supervised</source>
        <translation>督办时间</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="208" />
        <source>By</source>
        <translation>督办人</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="209" />
        <location filename="../../ui/case_window.py" line="660" />
        <source>Deadline</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="209" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="210" />
        <location filename="../../ui/case_window.py" line="486" />
        <location filename="../../ui/case_window.py" line="572" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="220" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="220" />
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="220" />
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="221" />
        <location filename="../../ui/case_window.py" line="287" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="221" />
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="234" />
        <source>Supervision (督办)</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="237" />
        <source>Description</source>
        <translation>详细情况</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="239" />
        <source>Timeline</source>
        <translation>办理过程</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="261" />
        <source>Case %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="273" />
        <source>Ticket</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="274" />
        <source>Received</source>
        <translation>来电时间</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="276" />
        <source>duration %1</source>
        <translation>时长 %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="280" />
        <source>(anonymous)</source>
        <translation>（匿名）</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="281" />
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="282" />
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="283" />
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="284" />
        <source>Subject</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="285" />
        <source>(confidential)</source>
        <translation>（保密）</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="286" />
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="289" />
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="290" />
        <source>Resolution</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="294" />
        <source>Confidential</source>
        <translation>保密</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="294" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="296" />
        <source>Knowledge articles</source>
        <translation>引用知识</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="299" />
        <source>Call backs</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="302" />
        <source>Rating</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="306" />
        <source>Reply given</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="311" />
        <source>open</source>
        <translation>督办中</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="311" />
        <source>ended %1</source>
        <translation>%1 已结束</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="314" />
        <source>⚠ open · deadline missed</source>
        <translation>⚠ 督办中 · 已超过期限</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="338" />
        <source>assigned to %1</source>
        <translation>承办人 %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="341" />
        <source>signed for %1</source>
        <translation>%1 已签收</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="343" />
        <source>not signed for yet</source>
        <translation>尚未签收</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="345" />
        <source>unassigned (in the pool)</source>
        <translation>待领取（未派单）</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="348" />
        <source>supervised until %1</source>
        <translation>督办期限 %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="354" />
        <source>%1 call backs, %2 reached</source>
        <translation>回访 %1 次，接通 %2 次</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="358" />
        <source>last %1 by %2</source>
        <translation>最近一次 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="458" />
        <source>reached</source>
        <translation>已接通</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="458" />
        <source>not reached</source>
        <translation>未接通</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="479" />
        <source>Wait on the caller</source>
        <translation>等待来电人</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="480" />
        <source>What the caller is to provide</source>
        <translation>需来电人补充的内容</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="480" />
        <source>&amp;Wait</source>
        <translation>等待(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="483" />
        <source>Send back for rework (退回重办)</source>
        <translation>退回重办</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="484" />
        <source>Reason</source>
        <translation>退回原因</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="484" />
        <source>Re&amp;open</source>
        <translation>退回重办(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="486" />
        <source>Add a note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="487" />
        <source>&amp;Add note</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="564" />
        <source>Assign the case</source>
        <translation>派单</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="564" />
        <source>&amp;Assign</source>
        <translation>派单(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="565" />
        <source>Transfer to a colleague</source>
        <translation>转办给同事</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="566" />
        <source>&amp;Transfer</source>
        <translation>转办(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="567" />
        <source>Escalate the case</source>
        <translation>升级工单</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="567" />
        <source>&amp;Escalate</source>
        <translation>升级(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="570" />
        <source>To</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="573" />
        <source>Why (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="604" />
        <source>Resolve the case</source>
        <translation>办结工单</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="605" />
        <source>&amp;Resolve</source>
        <translation>办结(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="606" />
        <source>Solution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="607" />
        <source>Find an article</source>
        <translation>查找知识</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="608" />
        <source>Words from the knowledge base; Enter searches</source>
        <translation>输入关键词，回车搜索知识库</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="609" />
        <source>Article used</source>
        <translation>引用知识</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="611" />
        <location filename="../../ui/case_window.py" line="619" />
        <source>(no article)</source>
        <translation>（不引用）</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="651" />
        <source>Supervise the case (督办)</source>
        <translation>督办工单</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="652" />
        <source>Su&amp;pervise</source>
        <translation>督办(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="653" />
        <source>What is asked</source>
        <translation>督办要求</translation>
    </message>
</context>
<context>
    <name>CasesDialog</name>
    <message>
        <location filename="../../ui/kpi_page.py" line="182" />
        <source>%1 cases</source>
        <translation>共 %1 件</translation>
    </message>
</context>
<context>
    <name>CategoriesTab</name>
    <message>
        <location filename="../../ui/center_settings_page.py" line="99" />
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="99" />
        <location filename="../../ui/center_settings_page.py" line="124" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="100" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="110" />
        <source>Add top-level</source>
        <translation>添加一级分类</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="111" />
        <source>Add subcategory</source>
        <translation>添加子分类</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="112" />
        <source>Save code and name</source>
        <translation>保存代码和名称</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="113" />
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="114" />
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="115" />
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="116" />
        <source>Restore</source>
        <translation>恢复启用</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="119" />
        <source>Merge into</source>
        <translation>合并到</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="125" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="139" />
        <source>A retired or merged category disappears from the call form; its cases keep it, and the figures of past months do not change.</source>
        <translation>停用或已合并的分类不再出现在来电登记表中；原有工单仍保留该分类，以往各月的统计数字不变。</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="202" />
        <source>Merged into %1</source>
        <translation>已合并到 %1</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="204" />
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="205" />
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="268" />
        <source>Added: %1 (%2)</source>
        <translation>已添加：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="280" />
        <source>Saved: %1 (%2)</source>
        <translation>已保存：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="291" />
        <source>Order saved: %1 moved</source>
        <translation>顺序已保存：已移动 %1</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="301" />
        <source>Retired: %1 (no longer offered on the call form)</source>
        <translation>已停用：%1（来电登记表不再提供）</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="310" />
        <source>Restored: %1</source>
        <translation>已恢复启用：%1</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="319" />
        <source>Merge categories</source>
        <translation>合并分类</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="320" />
        <source>Merge %1 into %2? %1 is retired; its cases keep it, new calls use %2.</source>
        <translation>将 %1 合并到 %2？%1 将停用；原有工单保留该分类，新来电使用 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="326" />
        <source>Merged: %1 into %2</source>
        <translation>已合并：%1 并入 %2</translation>
    </message>
</context>
<context>
    <name>CenterSettingsPage</name>
    <message>
        <location filename="../../ui/center_settings_page.py" line="1002" />
        <location filename="../../ui/pages.py" line="205" />
        <source>Center settings</source>
        <translation>中心设置</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="1021" />
        <source>Categories</source>
        <translation>业务分类</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="1022" />
        <source>SLA and hours</source>
        <translation>时限与工作时间</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="1023" />
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="1024" />
        <source>QA rubric</source>
        <translation>质检评分表</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="1025" />
        <source>Archive numbers</source>
        <translation>档号</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="1026" />
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="1032" />
        <source>Dashboard thresholds</source>
        <translation>看板阈值</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="1037" />
        <source>Appraisal weights and KPI targets</source>
        <translation>考核权重与 KPI 目标</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard_page.py" line="54" />
        <source>✓ Normal</source>
        <translation>✓ 正常</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="55" />
        <source>▲ Attention</source>
        <translation>▲ 注意</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="56" />
        <source>✖ Alarm</source>
        <translation>✖ 告警</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="60" />
        <source>On track</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="61" />
        <location filename="../../ui/dashboard_page.py" line="328" />
        <source>Due soon</source>
        <translation>即将超时</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="62" />
        <location filename="../../ui/dashboard_page.py" line="329" />
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="63" />
        <source>Paused</source>
        <translation>暂停计时</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="64" />
        <source>No due time</source>
        <translation>无时限</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="73" />
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="75" />
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="76" />
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="267" />
        <location filename="../../ui/pages.py" line="156" />
        <source>Dashboard</source>
        <translation>监控看板</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="268" />
        <source>Refresh now</source>
        <translation>立即刷新</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="288" />
        <source>Agents today</source>
        <translation>今日人员</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="295" />
        <source>Calls by hour: today (bars) and the same weekday (line)</source>
        <translation>今日分时来电(柱)与同期同星期均值(线)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="297" />
        <source>Open cases by status and by SLA state</source>
        <translation>未办结工单：按状态与时限状态</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="325" />
        <source>Calls today</source>
        <translation>今日来电</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="326" />
        <source>On shift</source>
        <translation>值班人员</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="327" />
        <source>To dispatch / to sign for</source>
        <translation>待派/待签收</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="330" />
        <source>Oldest open case</source>
        <translation>最久未处理</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="331" />
        <source>On-time resolution</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="332" />
        <source>Callbacks due + satisfaction</source>
        <translation>待回访 + 满意率</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="333" />
        <source>Spot checks</source>
        <translation>质检进度</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="334" />
        <source>Hot topics today</source>
        <translation>热点诉求</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="456" />
        <source>Same weekday so far: %1 · valid %2</source>
        <translation>同期同星期均值 %1 · 有效 %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="460" />
        <source>Nobody is on shift</source>
        <translation>当前无人值班</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="463" />
        <source>%1 to dispatch, %2 to sign for</source>
        <translation>待派 %1，待签收 %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="466" />
        <source>Due within %1 min</source>
        <translation>%1 分钟内到期</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="469" />
        <source>Open cases past their due time</source>
        <translation>已过办结时限的未办结工单</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="471" />
        <source>No open case</source>
        <translation>没有未办结工单</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="476" />
        <source>▲ spike</source>
        <translation>▲ 激增</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="479" />
        <source>No calls today</source>
        <translation>今日暂无来电</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="498" />
        <source>Month to date · %1 resolved</source>
        <translation>本月累计 · 办结 %1 件</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="502" />
        <source>Mean %1 · rectifications open %2, overdue %3</source>
        <translation>均分 %1 · 待整改 %2，逾期 %3</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="507" />
        <source>Reviews done; no sample drawn this month</source>
        <translation>已完成质检；本月尚未抽样</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="522" />
        <source>Satisfaction (month) %1</source>
        <translation>本月满意率 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="546" />
        <source>Open cases of %1</source>
        <translation>%1 的未办结工单</translation>
    </message>
</context>
<context>
    <name>DocumentPanel</name>
    <message>
        <location filename="../../ui/archive_page.py" line="118" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="120" />
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="219" />
        <source>Printed %1 pages on %2.</source>
        <translation>已在 %2 上打印 %1 页。</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="230" />
        <source>Save a copy</source>
        <translation>保存副本</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="231" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="265" />
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>DutyPage</name>
    <message>
        <location filename="../../ui/duty_page.py" line="29" />
        <source>Duty and handover</source>
        <translation>值班与交接班</translation>
    </message>
    <message>
        <location filename="../../ui/duty_page.py" line="31" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/duty_page.py" line="32" />
        <source>On duty now and next 24 hours</source>
        <translation>当前及未来 24 小时值班人员</translation>
    </message>
    <message>
        <location filename="../../ui/duty_page.py" line="36" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/duty_page.py" line="36" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/duty_page.py" line="36" />
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../ui/duty_page.py" line="37" />
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/duty_page.py" line="37" />
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../ui/duty_page.py" line="52" />
        <source>Handover note for the next shift</source>
        <translation>交接班记录（留给下一班）</translation>
    </message>
    <message>
        <location filename="../../ui/duty_page.py" line="56" />
        <source>Open matters, callers to call back, system problems, anything the next officer must know.</source>
        <translation>未办结事项、需要回电的来电人、系统问题等下一班必须知道的情况。</translation>
    </message>
    <message>
        <location filename="../../ui/duty_page.py" line="58" />
        <source>Hand over (Ctrl+S)</source>
        <translation>提交交接班记录（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../ui/duty_page.py" line="71" />
        <source>Recent handover notes</source>
        <translation>最近的交接班记录</translation>
    </message>
    <message>
        <location filename="../../ui/duty_page.py" line="124" />
        <source>Nobody is rostered for the next 24 hours.</source>
        <translation>未来 24 小时没有排班。</translation>
    </message>
    <message>
        <location filename="../../ui/duty_page.py" line="131" />
        <source>acknowledged by %1 at %2</source>
        <translation>%1 已于 %2 确认接班</translation>
    </message>
    <message>
        <location filename="../../ui/duty_page.py" line="133" />
        <source>not yet acknowledged</source>
        <translation>尚未确认接班</translation>
    </message>
    <message>
        <location filename="../../ui/duty_page.py" line="136" />
        <source>No handover notes yet.</source>
        <translation>暂无交接班记录。</translation>
    </message>
    <message>
        <location filename="../../ui/duty_page.py" line="147" />
        <source>Handed over at %1. The next officer sees it after signing in.</source>
        <translation>已于 %1 提交交接班记录。下一班值班员登录后即可看到。</translation>
    </message>
</context>
<context>
    <name>EvaluationsModel</name>
    <message>
        <location filename="../../ui/appraisal_page.py" line="54" />
        <source>Username</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="54" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="54" />
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="54" />
        <source>QA</source>
        <translation>质检</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="55" />
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="55" />
        <source>Supervisor</source>
        <translation>上级评分</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="55" />
        <source>Self</source>
        <translation>自评</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="56" />
        <source>Review</source>
        <translation>评价</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="56" />
        <source>Composite</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="56" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="57" />
        <source>Caps</source>
        <translation>等级限制</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="57" />
        <source>Vetoes</source>
        <translation>否决项</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="57" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="58" />
        <source>Signed</source>
        <translation>签字时间</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="73" />
        <source>final</source>
        <translation>定稿</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="73" />
        <source>draft</source>
        <translation>草稿</translation>
    </message>
</context>
<context>
    <name>ExportsPage</name>
    <message>
        <location filename="../../ui/exports_page.py" line="46" />
        <location filename="../../ui/exports_page.py" line="123" />
        <location filename="../../ui/pages.py" line="199" />
        <source>Export calls</source>
        <translation>导出来电</translation>
    </message>
    <message>
        <location filename="../../ui/exports_page.py" line="59" />
        <source>The first day not included</source>
        <translation>不含此日</translation>
    </message>
    <message>
        <location filename="../../ui/exports_page.py" line="62" />
        <source>CSV (can be imported again)</source>
        <translation>CSV（可再次导入）</translation>
    </message>
    <message>
        <location filename="../../ui/exports_page.py" line="63" />
        <source>Excel workbook (XLSX)</source>
        <translation>Excel 工作簿（XLSX）</translation>
    </message>
    <message>
        <location filename="../../ui/exports_page.py" line="64" />
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/exports_page.py" line="67" />
        <source>Calls received from the first day up to, not including, the second. Confidential cases are exported without their content unless your role may read them.</source>
        <translation>导出自起始日起、截至结束日（不含）受理的来电。除非您的角色有权查阅，保密件导出时不含其内容。</translation>
    </message>
    <message>
        <location filename="../../ui/exports_page.py" line="75" />
        <source>From</source>
        <translation>起始日</translation>
    </message>
    <message>
        <location filename="../../ui/exports_page.py" line="77" />
        <source>To (not included)</source>
        <translation>结束日（不含）</translation>
    </message>
    <message>
        <location filename="../../ui/exports_page.py" line="79" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../ui/exports_page.py" line="89" />
        <source>Recent exports (the print log)</source>
        <translation>最近的导出（打印导出记录）</translation>
    </message>
    <message>
        <location filename="../../ui/exports_page.py" line="121" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/exports_page.py" line="122" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/exports_page.py" line="143" />
        <source>%1 rows, %2 confidential rows masked — %3</source>
        <translation>共 %1 行，其中 %2 行保密件已脱敏 — %3</translation>
    </message>
    <message>
        <location filename="../../ui/exports_page.py" line="161" />
        <source>Exporting calls…</source>
        <translation>正在导出来电…</translation>
    </message>
    <message>
        <location filename="../../ui/exports_page.py" line="165" />
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="18" />
        <source>Hotline Desk — first start</source>
        <translation>热线服务台 — 首次启动</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="20" />
        <source>Welcome to Hotline Desk</source>
        <translation>欢迎使用热线服务台</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="23" />
        <source>This database has no accounts yet. Create the administrator account now; the administrator then adds the duty officers, specialists and supervisors. There is no default password: choose one with at least %1 characters, letters and digits, and keep it safe.</source>
        <translation>此数据库还没有任何账号。请先创建系统管理员账号，再由管理员添加值班员、服务专员和监督员。系统没有默认密码：请设置至少 %1 位、同时包含字母和数字的密码，并妥善保管。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="29" />
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="36" />
        <source>e.g. 王伟 (IT)</source>
        <translation>例如：王伟（信息科）</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="44" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="45" />
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="46" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="47" />
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="52" />
        <source>Create administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="53" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.py" line="77" />
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../ui/handover_dialog.py" line="20" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialog.py" line="34" />
        <source>Handover from the previous shift</source>
        <translation>上一班交接班记录</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialog.py" line="36" />
        <source>Read the handover note(s) and confirm that you take over the shift.</source>
        <translation>请阅读交接班记录，并确认接班。</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialog.py" line="44" />
        <source>I have read it — take over</source>
        <translation>已阅读，确认接班</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialog.py" line="47" />
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>HolidaysTab</name>
    <message>
        <location filename="../../ui/center_settings_page.py" line="482" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="482" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="483" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="497" />
        <location filename="../../ui/center_settings_page.py" line="535" />
        <source>Day off (休)</source>
        <translation>放假（休）</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="498" />
        <location filename="../../ui/center_settings_page.py" line="535" />
        <source>Make-up workday (班)</source>
        <translation>调休上班（班）</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="502" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="503" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="504" />
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="509" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="520" />
        <source>CSV columns: date, type (休 or 班; off or workday), name. Importing replaces the year's list; a file with an error changes nothing.</source>
        <translation>CSV 列：日期、类型（休或班；off 或 workday）、名称。导入将替换该年度的全部条目；文件有错误时不作任何改动。</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="564" />
        <source>Saved: %1 %2 %3</source>
        <translation>已保存：%1 %2 %3</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="582" />
        <source>Removed: %1</source>
        <translation>已删除：%1</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="590" />
        <source>Import the year's holidays</source>
        <translation>导入年度节假日安排</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="591" />
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="601" />
        <source>Imported %1 entries for %2; the year's earlier list was replaced.</source>
        <translation>已导入 %2 年度 %1 条；该年度原有条目已被替换。</translation>
    </message>
</context>
<context>
    <name>KnowledgePage</name>
    <message>
        <location filename="../../ui/knowledge_page.py" line="52" />
        <source>First version</source>
        <translation>首版</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="53" />
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="54" />
        <source>text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="55" />
        <source>category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="56" />
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="57" />
        <source>Changed: %1</source>
        <translation>修改了：%1</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="58" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="122" />
        <location filename="../../ui/pages.py" line="187" />
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="126" />
        <source>Search title, text and tags  Ctrl+F</source>
        <translation>检索标题、正文和标签  Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="130" />
        <source>Every status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="136" />
        <source>Every category</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="137" />
        <source>New article</source>
        <translation>新建知识</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="140" />
        <source>Ctrl+N</source>
        <translation>Ctrl+N 新建知识</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="146" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="146" />
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="146" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="147" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="147" />
        <location filename="../../ui/knowledge_page.py" line="238" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="147" />
        <source>Uses</source>
        <translation>引用次数</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="148" />
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="151" />
        <source>More articles</source>
        <translation>更多知识</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="185" />
        <source>(no category)</source>
        <translation>（无分类）</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="188" />
        <source>Separated by commas, e.g. unpaid wages, arbitration</source>
        <translation>用逗号分隔，如：欠薪，劳动仲裁</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="195" />
        <source>What changed, in a few words</source>
        <translation>简要说明本次修改</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="198" />
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="199" />
        <source>&amp;Category</source>
        <translation>分类(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="200" />
        <source>T&amp;ags</source>
        <translation>标签(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="201" />
        <source>Te&amp;xt</source>
        <translation>正文(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="203" />
        <source>&amp;What changed</source>
        <translation>修改说明(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="213" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="215" />
        <source>Ctrl+S: a new version</source>
        <translation>Ctrl+S：保存为新版本</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="216" />
        <source>&amp;Publish</source>
        <translation>发布(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="219" />
        <source>Ctrl+P: saves your changes, then duty officers find the article</source>
        <translation>Ctrl+P：先保存修改，发布后值班员即可检索到</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="220" />
        <source>&amp;Retire</source>
        <translation>下线(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="223" />
        <source>Withdraw the article: it leaves the search and the suggestions</source>
        <translation>下线后该知识不再出现在检索和推荐中</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="224" />
        <source>Re&amp;load</source>
        <translation>重新读取(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="227" />
        <source>Ctrl+R: read the article again as it is saved now</source>
        <translation>Ctrl+R：按当前已保存的内容重新读取</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="238" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="239" />
        <source>Who</source>
        <translation>修改人</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="239" />
        <source>What changed</source>
        <translation>修改说明</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="242" />
        <source>Enter or double click: read this version</source>
        <translation>回车或双击：查看该版本</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="243" />
        <source>Version history</source>
        <translation>版本记录</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="410" />
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="411" />
        <source>This article has changes that are not saved. Discard them?</source>
        <translation>这篇知识有尚未保存的修改，确定放弃吗？</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="466" />
        <source>New article: saved as a draft; duty officers see it once it is published.</source>
        <translation>新建知识：保存为草稿，发布后值班员才能看到。</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="468" />
        <source>Choose an article in the list.</source>
        <translation>请在左侧列表中选择一篇知识。</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="490" />
        <source>version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="491" />
        <source>used on %1 cases</source>
        <translation>已用于 %1 个工单</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="493" />
        <source>last saved %1 by %2</source>
        <translation>%2 于 %1 最后保存</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_page.py" line="571" />
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
</context>
<context>
    <name>KpiModel</name>
    <message>
        <location filename="../../ui/kpi_page.py" line="115" />
        <source>Username</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../ui/kpi_page.py" line="115" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/kpi_page.py" line="115" />
        <source>Handled</source>
        <translation>受理量</translation>
    </message>
    <message>
        <location filename="../../ui/kpi_page.py" line="116" />
        <source>Mean handle time (s)</source>
        <translation>平均处理时长（秒）</translation>
    </message>
    <message>
        <location filename="../../ui/kpi_page.py" line="116" />
        <source>FCR</source>
        <translation>一次办结率</translation>
    </message>
    <message>
        <location filename="../../ui/kpi_page.py" line="117" />
        <source>Satisfaction (1–5)</source>
        <translation>满意度（1–5）</translation>
    </message>
    <message>
        <location filename="../../ui/kpi_page.py" line="117" />
        <source>Surveys</source>
        <translation>评价数</translation>
    </message>
    <message>
        <location filename="../../ui/kpi_page.py" line="118" />
        <source>On-time rate</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <location filename="../../ui/kpi_page.py" line="118" />
        <source>Late</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../ui/kpi_page.py" line="118" />
        <source>QA mean</source>
        <translation>质检均分</translation>
    </message>
    <message>
        <location filename="../../ui/kpi_page.py" line="119" />
        <source>Reviews</source>
        <translation>质检数</translation>
    </message>
    <message>
        <location filename="../../ui/kpi_page.py" line="119" />
        <source>QA vetoes</source>
        <translation>质检否决</translation>
    </message>
    <message>
        <location filename="../../ui/kpi_page.py" line="120" />
        <source>Knowledge published</source>
        <translation>发布知识</translation>
    </message>
    <message>
        <location filename="../../ui/kpi_page.py" line="120" />
        <source>Attendance</source>
        <translation>出勤率</translation>
    </message>
</context>
<context>
    <name>KpiPage</name>
    <message>
        <location filename="../../ui/kpi_page.py" line="208" />
        <location filename="../../ui/pages.py" line="214" />
        <source>Agent KPIs</source>
        <translation>人员绩效指标</translation>
    </message>
    <message>
        <location filename="../../ui/kpi_page.py" line="211" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../ui/kpi_page.py" line="213" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/kpi_page.py" line="224" />
        <source>Double-click a figure to see the cases behind it.</source>
        <translation>双击某项数字可查看其对应的工单。</translation>
    </message>
    <message>
        <location filename="../../ui/kpi_page.py" line="297" />
        <source>Export the KPI table</source>
        <translation>导出绩效指标表</translation>
    </message>
    <message>
        <location filename="../../ui/kpi_page.py" line="298" />
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/kpi_page.py" line="307" />
        <source>%1 rows saved to %2</source>
        <translation>已将 %1 行保存到 %2</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="18" />
        <source>Duty officer</source>
        <translation>值班员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18" />
        <location filename="../../ui/labels.py" line="80" />
        <source>Specialist</source>
        <translation>服务专员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19" />
        <location filename="../../ui/labels.py" line="88" />
        <location filename="../../ui/labels.py" line="215" />
        <source>Supervisor</source>
        <translation>监督员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19" />
        <source>Secretary</source>
        <translation>专职秘书</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20" />
        <source>Director</source>
        <translation>服务主任</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20" />
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26" />
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26" />
        <location filename="../../ui/labels.py" line="55" />
        <source>Transferred</source>
        <translation>已转办</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27" />
        <location filename="../../ui/labels.py" line="55" />
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27" />
        <location filename="../../ui/labels.py" line="56" />
        <source>Call back</source>
        <translation>回电</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28" />
        <source>Hung up</source>
        <translation>挂断</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28" />
        <source>Silent call</source>
        <translation>无声电话</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28" />
        <source>Prank</source>
        <translation>骚扰</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29" />
        <source>Wrong number</source>
        <translation>打错</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29" />
        <source>Test call</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35" />
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35" />
        <location filename="../../ui/labels.py" line="54" />
        <source>Assigned</source>
        <translation>已派单</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35" />
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36" />
        <location filename="../../ui/labels.py" line="58" />
        <source>Waiting for caller</source>
        <translation>等待来电人</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36" />
        <location filename="../../ui/labels.py" line="59" />
        <source>Resolved</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37" />
        <location filename="../../ui/labels.py" line="59" />
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37" />
        <location filename="../../ui/labels.py" line="57" />
        <source>Reopened</source>
        <translation>退回重办</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42" />
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42" />
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42" />
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43" />
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47" />
        <location filename="../../ui/labels.py" line="78" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47" />
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47" />
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48" />
        <source>Web</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48" />
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48" />
        <source>Walk-in</source>
        <translation>来访</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54" />
        <source>Logged</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56" />
        <location filename="../../ui/labels.py" line="85" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56" />
        <source>Survey</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57" />
        <source>Started</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58" />
        <source>Resumed</source>
        <translation>继续办理</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59" />
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60" />
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61" />
        <source>Signed for</source>
        <translation>签收</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62" />
        <source>Supervision</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69" />
        <source>working copy</source>
        <translation>工作件</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70" />
        <source>archival copy</source>
        <translation>档案件</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71" />
        <source>masked</source>
        <translation>已脱敏</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72" />
        <source>to the printer</source>
        <translation>送打印机</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78" />
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78" />
        <source>Subject</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79" />
        <source>Description</source>
        <translation>详细情况</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79" />
        <source>Reply given</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80" />
        <location filename="../../ui/labels.py" line="151" />
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81" />
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82" />
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83" />
        <source>Handover note</source>
        <translation>交接班记录</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83" />
        <source>Call duration</source>
        <translation>通话时长</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84" />
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84" />
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84" />
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="86" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="86" />
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87" />
        <source>Rating</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87" />
        <source>Caller's comment</source>
        <translation>来电人意见</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88" />
        <source>Follow-up</source>
        <translation>后续处理</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="89" />
        <source>Fonds number</source>
        <translation>全宗号</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="92" />
        <source>Class code</source>
        <translation>门类代码</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93" />
        <source>Unit code</source>
        <translation>机构(问题)代码</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94" />
        <source>Retention period</source>
        <translation>保管期限</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="95" />
        <source>Center name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="96" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97" />
        <source>Item number</source>
        <translation>件号</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98" />
        <source>Archive number</source>
        <translation>档号</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="100" />
        <source>Reassign to</source>
        <translation>改派给</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101" />
        <source>Cases of</source>
        <translation>原承办人</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="102" />
        <source>Cases chosen</source>
        <translation>所选工单</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="103" />
        <source>Shift name</source>
        <translation>班次名称</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="103" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="111" />
        <source>Due-soon window (minutes)</source>
        <translation>即将超时提前量(分钟)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="112" />
        <source>Due soon: alarm at (cases)</source>
        <translation>即将超时：告警件数</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="113" />
        <source>Overdue: alarm at (cases)</source>
        <translation>已超时：告警件数</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="114" />
        <source>Waiting: attention at (cases)</source>
        <translation>待派/待签收：注意件数</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="115" />
        <source>Waiting: alarm at (cases)</source>
        <translation>待派/待签收：告警件数</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="116" />
        <source>Oldest open case: attention after (hours)</source>
        <translation>最久未处理：超过多少小时注意</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="117" />
        <source>Oldest open case: alarm after (hours)</source>
        <translation>最久未处理：超过多少小时告警</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="118" />
        <source>On-time rate: attention below (%)</source>
        <translation>按时办结率：低于多少注意(%)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="119" />
        <source>On-time rate: alarm below (%)</source>
        <translation>按时办结率：低于多少告警(%)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="120" />
        <source>Satisfaction: attention below (%)</source>
        <translation>满意率：低于多少注意(%)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="121" />
        <source>Satisfaction: alarm below (%)</source>
        <translation>满意率：低于多少告警(%)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="122" />
        <source>Hot topic spike at (% of the 7-day mean)</source>
        <translation>热点激增：达到近7日日均的百分比</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="123" />
        <source>Calls today: attention at (% of the same weekday)</source>
        <translation>今日来电：达到同期同星期的百分比时注意</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="124" />
        <source>Dashboard tile</source>
        <translation>看板指标</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="131" />
        <source>What was done</source>
        <translation>整改说明</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="132" />
        <source>Rule</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="133" />
        <source>What to do</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="134" />
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="135" />
        <source>Agent</source>
        <translation>被检人</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="136" />
        <source>Review</source>
        <translation>质检记录</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="137" />
        <source>Sample</source>
        <translation>样本</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="138" />
        <source>Decision</source>
        <translation>裁决</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="139" />
        <source>Re-check result</source>
        <translation>复查结果</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="148" />
        <source>Category to merge</source>
        <translation>被合并的分类</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="149" />
        <source>Merge into</source>
        <translation>合并到</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="150" />
        <source>Parent category</source>
        <translation>上级分类</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="152" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="153" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="154" />
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="155" />
        <location filename="../../ui/labels.py" line="156" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="157" />
        <source>Type (休/班)</source>
        <translation>类型（休/班）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="158" />
        <source>Make-up workday (班)</source>
        <translation>调休上班（班）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="159" />
        <source>First response (minutes)</source>
        <translation>首次响应（分钟）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="161" />
        <source>Resolution (minutes)</source>
        <translation>办结时限（分钟）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="162" />
        <source>Clock</source>
        <translation>计时方式</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="163" />
        <source>Opening time</source>
        <translation>上班时间</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="164" />
        <source>Closing time</source>
        <translation>下班时间</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="165" />
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="166" />
        <source>Rubric</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="173" />
        <source>Dimension %1</source>
        <translation>第 %1 个维度</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="176" />
        <source>%1, item %2</source>
        <translation>%1第 %2 项</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="181" />
        <source>Veto item %1</source>
        <translation>第 %1 个否决项</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="187" />
        <source>, code</source>
        <translation>，代码</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="188" />
        <source>, name</source>
        <translation>，名称</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="189" />
        <source>, points</source>
        <translation>，分值</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="195" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="195" />
        <source>Article text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="196" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="196" />
        <source>What changed</source>
        <translation>修改说明</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="197" />
        <source>Knowledge article</source>
        <translation>知识条目</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="206" />
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="207" />
        <source>Review weights</source>
        <translation>评价权重</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="208" />
        <source>KPI weights</source>
        <translation>KPI 权重</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="209" />
        <source>KPI targets</source>
        <translation>KPI 目标</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="210" />
        <source>Annual weights</source>
        <translation>年度权重</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="211" />
        <source>Grade bands</source>
        <translation>等级分数线</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="212" />
        <source>Share of 优秀 at most</source>
        <translation>优秀比例上限</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="213" />
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="213" />
        <source>QA mean</source>
        <translation>质检均分</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="214" />
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="215" />
        <source>Review score</source>
        <translation>考评得分</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="216" />
        <source>Self</source>
        <translation>自评</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="216" />
        <source>Handled</source>
        <translation>受理量</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="217" />
        <source>On-time rate</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="218" />
        <source>Handle time (s)</source>
        <translation>处理时长（秒）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="219" />
        <source>Attendance</source>
        <translation>出勤率</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="220" />
        <source>Quarters</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="222" />
        <source>Supervisor's score</source>
        <translation>上级评分</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="223" />
        <source>Self score</source>
        <translation>自评分</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="224" />
        <source>Period</source>
        <translation>考核期间</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="225" />
        <source>Evaluation</source>
        <translation>考核</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="226" />
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="233" />
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="252" />
        <location filename="../../ui/labels.py" line="366" />
        <source>is required</source>
        <translation>必须填写</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="255" />
        <source>is too long (%1 characters; at most %2)</source>
        <translation>过长（%1 个字符；最多 %2 个）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="267" />
        <source>must be 1-12 letters or digits (no '-' or '·')</source>
        <translation>须为 1–12 位字母或数字（不能含“-”或“·”）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="270" />
        <source>must be a four-digit year</source>
        <translation>须为四位年份</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="272" />
        <source>must be a number from 1</source>
        <translation>须为从 1 起的数字</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="274" />
        <source>is not an archive number like X001-WS·2026-D30-RX-0001</source>
        <translation>不是形如 X001-WS·2026-D30-RX-0001 的档号</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="277" />
        <source>must be one of %1</source>
        <translation>须为以下之一：%1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="280" />
        <source>is not a date (YYYY-MM-DD)</source>
        <translation>不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="282" />
        <source>there is no such file</source>
        <translation>没有这个文件</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="284" />
        <source>contains a control character (%1); retype the text</source>
        <translation>含有控制字符（%1），请重新输入</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="288" />
        <source>contains a broken character that cannot be stored; retype the text</source>
        <translation>含有无法保存的损坏字符，请重新输入</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="291" />
        <source>must be text</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="295" />
        <source>is not one of the choices offered</source>
        <translation>不在可选项之内</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="297" />
        <source>is not a date and time</source>
        <translation>不是有效的日期时间</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="299" />
        <source>is out of range</source>
        <translation>超出允许范围</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="301" />
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="303" />
        <source>must be at least %1</source>
        <translation>不能小于 %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="306" />
        <source>must be at most %1</source>
        <translation>不能大于 %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="314" />
        <location filename="../../ui/labels.py" line="367" />
        <source>must contain letters and digits</source>
        <translation>必须同时包含字母和数字</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="316" />
        <location filename="../../ui/labels.py" line="368" />
        <source>is too repetitive</source>
        <translation>重复字符过多</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="318" />
        <location filename="../../ui/labels.py" line="369" />
        <source>is a commonly used password</source>
        <translation>是常见密码，不安全</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="320" />
        <location filename="../../ui/labels.py" line="370" />
        <source>must not contain the user name</source>
        <translation>不能包含用户名</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="293" />
        <location filename="../../ui/labels.py" line="371" />
        <source>must be a single line</source>
        <translation>只能填写一行</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="325" />
        <location filename="../../ui/labels.py" line="372" />
        <source>is not an active user</source>
        <translation>不是启用的用户</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="339" />
        <location filename="../../ui/labels.py" line="373" />
        <source>must be after the start</source>
        <translation>必须晚于开始时间</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="341" />
        <location filename="../../ui/labels.py" line="374" />
        <source>a shift lasts at most 24 hours</source>
        <translation>一个班次最长 24 小时</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="337" />
        <location filename="../../ui/labels.py" line="375" />
        <source>is not an active category</source>
        <translation>不是有效的分类</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="311" />
        <location filename="../../ui/labels.py" line="380" />
        <source>must have at least %1 characters</source>
        <translation>至少需要 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="259" />
        <location filename="../../ui/labels.py" line="383" />
        <source>is too long</source>
        <translation>过长</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="309" />
        <location filename="../../ui/labels.py" line="385" />
        <source>is not a phone number</source>
        <translation>不是有效的电话号码</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="322" />
        <location filename="../../ui/labels.py" line="387" />
        <source>may contain only letters, digits and . _ - (2 to 64 characters)</source>
        <translation>只能包含字母、数字和 . _ -（2 到 64 个字符）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="327" />
        <source>cannot work cases (role: %1)</source>
        <translation>不能承办工单（角色：%1）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="330" />
        <source>is the person the cases are taken from</source>
        <translation>就是原承办人本人</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="333" />
        <source>no longer open cases of this person: %1; nothing was moved. Refresh the list</source>
        <translation>已不是此人的在办工单：%1；未改派任何工单。请刷新列表</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="343" />
        <source>must lie in the future</source>
        <translation>须晚于当前时间</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="345" />
        <source>is given only when the caller was reached</source>
        <translation>只有接通来电人时才能录入</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="348" />
        <source>follows only a dissatisfied rating (1 or 2)</source>
        <translation>仅在不满意（1 或 2 分）时适用</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="351" />
        <source>is not a published article (a draft or a retired one)</source>
        <translation>不是已发布的知识（草稿或已下线）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="354" />
        <source>at most %1 search terms</source>
        <translation>最多 %1 个查询词</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="357" />
        <source>at most %1 tags</source>
        <translation>最多 %1 个标签</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="397" />
        <source>must be another category</source>
        <translation>须为另一个分类</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="399" />
        <source>must be 休 (day off) or 班 (make-up workday)</source>
        <translation>须为“休”（放假）或“班”（调休上班）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="402" />
        <source>is not in %1</source>
        <translation>不在 %1 年度内</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="405" />
        <source>is listed twice (first in row %1)</source>
        <translation>重复出现（首次在第 %1 行）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="407" />
        <source>holds no dates</source>
        <translation>没有任何日期</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="421" />
        <source>the weights must add up to 1 (now %1)</source>
        <translation>各项权重之和必须为 1（现为 %1）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="424" />
        <source>is not a period (2026-11, 2026-Q4 or 2026)</source>
        <translation>不是有效的期间（如 2026-11、2026-Q4 或 2026）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="426" />
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="428" />
        <source>the grade bands must decrease (优秀 &gt; 良好 &gt; 合格)</source>
        <translation>等级分数线必须递减（优秀 &gt; 良好 &gt; 合格）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="430" />
        <source>is missing for %1 people: score everyone first</source>
        <translation>尚有 %1 人未评分：请先为所有人评分</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="432" />
        <source>is not a setting</source>
        <translation>不是有效的设置项</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="437" />
        <source>must be a code of a-z, 0-9 and _ (1 to 32 characters)</source>
        <translation>须为由 a-z、0-9 和 _ 组成的代码（1 至 32 个字符）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="440" />
        <source>is not a rubric of dimensions and items</source>
        <translation>不是由维度和评分项组成的评分标准</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="443" />
        <source>the code %1 is used twice</source>
        <translation>代码 %1 重复使用</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="446" />
        <source>must be a whole number above 0</source>
        <translation>须为大于 0 的整数</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="448" />
        <source>the items must total 100 points (now %1)</source>
        <translation>各评分项合计须为 100 分（现为 %1 分）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="451" />
        <source>has no score</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="453" />
        <source>is not an item of this rubric</source>
        <translation>不是本评分标准中的评分项</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="455" />
        <source>must be a score from 0 to %1</source>
        <translation>分值须在 0 至 %1 之间</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="458" />
        <source>is not a veto item of this rubric</source>
        <translation>不是本评分标准中的否决项</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="459" />
        <source>is not a month (YYYY-MM)</source>
        <translation>不是有效的月份（YYYY-MM）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="466" />
        <source>You cannot review a case you handled yourself.</source>
        <translation>不能质检本人办理的工单。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="469" />
        <source>The appraisal of %1 is final: it is not changed any more.</source>
        <translation>%1 的考核已定稿，不能再修改。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="473" />
        <source>This appraisal is not final yet: it is signed once finalized.</source>
        <translation>本考核尚未定稿，定稿后才能签字。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="476" />
        <source>You have signed this sheet already.</source>
        <translation>您已在本考核表上签字。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="478" />
        <source>This review opened no rectification.</source>
        <translation>该质检结果未要求整改。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="481" />
        <source>This review has been appealed already; a review is appealed once.</source>
        <translation>该质检结果已申诉过；每条质检结果只能申诉一次。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="486" />
        <source>The time to appeal ended on %1.</source>
        <translation>申诉期限已于 %1 截止。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="490" />
        <source>Case %1 is not closed; only closed cases are archived.</source>
        <translation>工单 %1 尚未结案，只有已结案的工单才能归档。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="494" />
        <source>The archival file %1 (%2 v%3) is missing; verify it from the register or generate a new version.</source>
        <translation>归档文件 %1（%2 第 %3 版）不存在；请在归档目录中核验，或重新生成一版。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="499" />
        <source>The archival file %1 (%2 v%3) was changed: its SHA-256 is not the registered one. It is not shown; generate a new version.</source>
        <translation>归档文件 %1（%2 第 %3 版）已被改动：其 SHA-256 与登记值不符，不予显示；请重新生成一版。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="504" />
        <source>Case %1 was archived on another workstation at the same moment; nothing was saved here. Try again.</source>
        <translation>工单 %1 同时在另一台工作站上归档，本机未保存任何内容，请重试。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="508" />
        <source>This case was changed on another workstation. Nothing was saved; reload the case to see the change, then decide again.</source>
        <translation>此工单已在另一台工作站上被修改。未保存任何内容；请重新载入工单查看改动，然后再作决定。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="512" />
        <source>The next officer acknowledges a handover note, not its author.</source>
        <translation>交接班记录应由下一班值班员确认，不能由记录人本人确认。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="515" />
        <source>Someone has acknowledged this note already.</source>
        <translation>这条交接班记录已由他人确认。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="518" />
        <source>You cannot deactivate your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="520" />
        <source>You cannot take the administrator role from yourself.</source>
        <translation>不能取消自己的管理员角色。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="523" />
        <source>Accounts exist already; sign in as an administrator.</source>
        <translation>系统中已有账号，请以管理员身份登录。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="526" />
        <source>The user name %1 is taken.</source>
        <translation>用户名 %1 已被使用。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="529" />
        <source>%1 already has a shift in that period.</source>
        <translation>%1 在该时段已有班次。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="532" />
        <source>The category code %1 is taken.</source>
        <translation>分类代码 %1 已被使用。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="535" />
        <source>Case %1 has a survey already: a case is rated once.</source>
        <translation>工单 %1 已有满意度回访记录：每个工单只评价一次。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="539" />
        <source>The category %1 has been merged already; restore it first.</source>
        <translation>分类 %1 已被合并；请先恢复启用。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="543" />
        <source>The category %1 has active subcategories: merge or retire them first.</source>
        <translation>分类 %1 下仍有启用的子分类：请先合并或停用这些子分类。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="547" />
        <source>This category is used by cases: deactivate it instead of deleting it.</source>
        <translation>此分类已被工单使用：请停用，而不是删除。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="551" />
        <source>Someone else saved this article meanwhile. Nothing was saved; your text is still here: copy what you need, reload the article and edit again.</source>
        <translation>其他人已在此期间保存了这篇知识，本次未保存；您输入的内容仍在，请复制需要的部分，重新打开该知识后再修改。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="556" />
        <source>This cannot be done to the article now: it is %1. Reload it.</source>
        <translation>该知识当前为“%1”，无法执行此操作，请重新打开。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="565" />
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="566" />
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="567" />
        <source>Retired</source>
        <translation>已下线</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="585" />
        <source>The database server cannot be reached. Nothing was saved; your text is still here — try again in a moment.</source>
        <translation>无法连接数据库服务器。未保存任何内容；您输入的内容仍在——请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="589" />
        <source>The database file is damaged. Nothing was saved. Ask the administrator to restore the latest backup.</source>
        <translation>数据库文件已损坏，未保存任何内容。请联系管理员恢复最近的备份。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="593" />
        <source>The disk holding the database reported an error. Nothing was saved; your text is still here.</source>
        <translation>存放数据库的磁盘报告错误。未保存任何内容；您输入的内容仍在。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="644" />
        <source>You are not signed in any more; sign in again.</source>
        <translation>您已不在登录状态，请重新登录。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="651" />
        <source>Row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="659" />
        <source>This case has been signed for already. Reload the case.</source>
        <translation>该工单已被签收，请重新打开工单。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="662" />
        <source>This cannot be done to the rectification at its present step. Reload the review.</source>
        <translation>整改当前所处环节不能进行此操作。请重新载入该质检结果。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="666" />
        <source>This case is under supervision already; it ends when the case is resolved.</source>
        <translation>该工单已在督办中，办结后督办自动结束。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="670" />
        <source>This cannot be done to the case now: its status is %1. Reload the case.</source>
        <translation>工单当前状态为“%1”，无法进行此操作。请重新载入工单。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="689" />
        <source>it is confidential</source>
        <translation>该工单为保密工单</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="690" />
        <source>it is someone else's case</source>
        <translation>该工单属于他人</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="691" />
        <source>it is already in a specialist's hands; ask a supervisor</source>
        <translation>该工单已由专员办理，请联系主管</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="693" />
        <source>your role does not act on cases</source>
        <translation>您的角色不办理工单</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="695" />
        <source>only the reviewed agent answers a review</source>
        <translation>只有被质检的坐席本人可以答复质检结果</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="697" />
        <source>it must be decided by someone other than the reviewer and the agent</source>
        <translation>须由质检员和被质检坐席以外的人处理</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="700" />
        <source>it is someone else's appraisal</source>
        <translation>这是他人的考核</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="702" />
        <source>nobody scores their own appraisal as supervisor</source>
        <translation>不能以上级身份为自己的考核评分</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="704" />
        <source>these are someone else's figures</source>
        <translation>这是他人的指标</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="710" />
        <source>see this case</source>
        <translation>查看此工单</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="711" />
        <source>add a note to this case</source>
        <translation>为此工单添加备注</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="712" />
        <source>record a call back on this case</source>
        <translation>为此工单登记回电</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="713" />
        <source>record the caller's rating of this case</source>
        <translation>登记来电人对此工单的评价</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="714" />
        <source>reassign this case</source>
        <translation>改派此工单</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="715" />
        <source>work on this case</source>
        <translation>办理此工单</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="716" />
        <source>escalate this case</source>
        <translation>升级此工单</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="719" />
        <source>You may not do this: %1.</source>
        <translation>您不能执行此操作：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="720" />
        <source>You may not %1: %2.</source>
        <translation>您不能%1：%2。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="729" />
        <source>The database file %1 is damaged. It was not changed; restore the latest backup or choose another file.</source>
        <translation>数据库文件 %1 已损坏，未做任何改动；请恢复最近的备份或选择其他文件。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="733" />
        <source>%1 is a folder, not a database file. Give the path of a file inside it.</source>
        <translation>%1 是文件夹，不是数据库文件。请给出该文件夹内某个文件的路径。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="737" />
        <source>The database file %1 cannot be used. Check that your account may read and write it and that no other program holds it, or choose another file.</source>
        <translation>无法使用数据库文件 %1。请检查您的账户是否有读写权限、是否有其他程序占用该文件，或选择其他文件。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="742" />
        <source>%1 is not a Hotline Desk database. It was left untouched; choose another file or restore a backup.</source>
        <translation>%1 不是热线服务台数据库，未做任何改动；请选择其他文件或恢复备份。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="746" />
        <source>%1 belongs to another program. It was left untouched; choose another file.</source>
        <translation>%1 属于其他程序，未做任何改动；请选择其他文件。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="750" />
        <source>The database file %1 does not exist.</source>
        <translation>数据库文件 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="753" />
        <source>%1 is on a network share. SQLite files on network shares get corrupted when several workstations write at once: a center with several workstations uses PostgreSQL.</source>
        <translation>%1 位于网络共享上。多台工作站同时写入时，网络共享上的 SQLite 文件会损坏：有多台工作站的中心请使用 PostgreSQL。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="758" />
        <source>The database file %1 has unsafe settings and is not used.</source>
        <translation>数据库文件 %1 的设置不安全，未予使用。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="762" />
        <source>This database has schema version %1, older than this program's %2. An administrator brings it up to date by running 'hotline init' while no workstation uses it.</source>
        <translation>此数据库的结构版本为 %1，低于本程序的 %2。请管理员在没有工作站使用时运行“hotline init”进行升级。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="767" />
        <source>This database has schema version %1, made by a newer Hotline Desk (this one knows up to %2). Install that version on this workstation.</source>
        <translation>此数据库的结构版本为 %1，由较新版本的热线服务台创建（本程序最高支持 %2）。请在本工作站安装该版本。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="772" />
        <source>The database server cannot be reached (%1). Check the network and that the server is running, then start again.</source>
        <translation>无法连接数据库服务器（%1）。请检查网络及服务器是否在运行，然后重新启动。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="775" />
        <source>The database cannot be used: %1</source>
        <translation>无法使用数据库：%1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="574" />
        <source>The disk holding the database is full. Nothing was saved; free some space and save again — your text is still here.</source>
        <translation>数据库所在磁盘已满，本次未保存。请清理空间后再次保存 — 已输入的内容仍然保留。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="578" />
        <source>The database is read-only. Nothing was saved.</source>
        <translation>数据库为只读状态，本次未保存。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="581" />
        <source>The database was busy (another workstation held it too long). Nothing was saved; save again.</source>
        <translation>数据库正忙（其他工作站占用时间过长），本次未保存，请再次保存。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="621" />
        <source>The database server cannot be reached (%1). Nothing was saved; your text is still here — try again in a moment.</source>
        <translation>无法连接数据库服务器（%1），本次未保存。已输入的内容仍然保留 — 请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="596" />
        <source>The database could not be used (%1). Nothing was saved; your text is still here.</source>
        <translation>数据库无法使用（%1），本次未保存。已输入的内容仍然保留。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="638" />
        <source>Too many failed sign-ins: this account is locked until %1. An administrator can unlock it sooner.</source>
        <translation>登录失败次数过多：此账号已锁定至 %1。系统管理员可以提前解锁。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="642" />
        <source>This account has been deactivated.</source>
        <translation>此账号已停用。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="646" />
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="708" />
        <source>You do not have permission to do this.</source>
        <translation>您没有执行此操作的权限。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="653" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="656" />
        <source>Not found: %1</source>
        <translation>未找到：%1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="678" />
        <source>Unexpected error: %1</source>
        <translation>意外错误：%1</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../ui/main_window.py" line="44" />
        <source>Screen locked</source>
        <translation>屏幕已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="47" />
        <source>%1 is signed in. What was typed is kept. Enter the password to continue.</source>
        <translation>%1 已登录，已输入的内容都会保留。请输入密码继续。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="55" />
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="57" />
        <source>Sign out</source>
        <translation>注销</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94" />
        <source>Checking…</source>
        <translation>正在核对…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="27" />
        <source>This computer's clock is %1 minutes behind the database server's. Times are stamped by the server; ask IT to set the clock.</source>
        <translation>本机时钟比数据库服务器慢 %1 分钟。记录时间以服务器为准；请联系信息技术人员校准时钟。</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="30" />
        <source>This computer's clock is %1 minutes ahead of the database server's. Times are stamped by the server; ask IT to set the clock.</source>
        <translation>本机时钟比数据库服务器快 %1 分钟。记录时间以服务器为准；请联系信息技术人员校准时钟。</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="49" />
        <source>Hotline Desk — sign in</source>
        <translation>热线服务台 — 登录</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="51" />
        <source>Hotline Desk</source>
        <translation>热线服务台</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="63" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="64" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="103" />
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="71" />
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="74" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="152" />
        <source>Hotline Desk — %1</source>
        <translation>热线服务台 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="160" />
        <source>Log a call  F2</source>
        <translation>来电登记  F2</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="163" />
        <source>My shift  F3</source>
        <translation>本班工作  F3</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="166" />
        <source>Duty &amp; handover  F4</source>
        <translation>值班与交接  F4</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="169" />
        <source>Search cases  F5</source>
        <translation>工单查询  F5</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="172" />
        <source>My queue  F6</source>
        <translation>我的工单  F6</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="175" />
        <source>Callbacks due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="178" />
        <source>Roster</source>
        <translation>排班</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="181" />
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218" />
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219" />
        <source>Lock screen</source>
        <translation>锁定屏幕</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221" />
        <source>Sign out</source>
        <translation>注销</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="231" />
        <location filename="../../ui/main_window.py" line="504" />
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276" />
        <source>Calls kept offline…</source>
        <translation>离线暂存的来电…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="341" />
        <source>Case</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="350" />
        <source>Opening the case…</source>
        <translation>正在打开工单…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="373" />
        <source>%1 in my queue · %2 to sign for</source>
        <translation>在办 %1 件 · 待签收 %2 件</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="393" />
        <source>The server is back: %1 call(s) kept offline were saved (%2)</source>
        <translation>服务器已恢复：%1 个离线来电已上传（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="405" />
        <source>Saved ticket %1</source>
        <translation>已保存工单 %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="505" />
        <source>F2  log a call (the form is ready to type in)
F3  my shift    F4  duty and handover
F5  search cases    F6  my queue (on other pages than the call form)
Ctrl+Enter  save as answered
Ctrl+T  transfer to a specialist    Ctrl+E  escalate
Ctrl+B  save as call back later
On the call form: F5 hung up · F6 silent · F7 prank · F8 wrong number (one key saves)
Ctrl+K  search the knowledge base
Ctrl+L  lock the screen    Ctrl+Q  quit</source>
        <translation>F2  来电登记（表单立即可输入）
F3  本班工作    F4  值班与交接
F5  工单检索    F6  我的待办（来电登记页以外）
Ctrl+Enter  保存为“已答复”
Ctrl+T  转办给服务专员    Ctrl+E  升级
Ctrl+B  保存为“需回电”
来电登记页：F5 挂断 · F6 无声 · F7 骚扰 · F8 打错（按一次键即保存）
Ctrl+K  搜索知识库
Ctrl+L  锁定屏幕    Ctrl+Q  退出</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="381" />
        <location filename="../../ui/main_window.py" line="409" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="427" />
        <source>Shift: unknown (database unreachable)</source>
        <translation>班次：未知（无法连接数据库）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="418" />
        <source>Shift: not rostered now</source>
        <translation>班次：当前未排班</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="421" />
        <source>Shift: %1 %2–%3</source>
        <translation>班次：%1 %2–%3</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="464" />
        <source>Locked. Press Esc to close this window, then unlock in the main window.</source>
        <translation>已锁定。按 Esc 关闭此窗口，然后在主窗口解锁。</translation>
    </message>
</context>
<context>
    <name>MyAppraisalPage</name>
    <message>
        <location filename="../../ui/appraisal_page.py" line="327" />
        <location filename="../../ui/pages.py" line="220" />
        <source>My appraisal</source>
        <translation>我的考核</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="329" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="338" />
        <source>Save my score</source>
        <translation>保存自评分</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="343" />
        <source>Sign</source>
        <translation>签字确认</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="345" />
        <source>Preview sheet</source>
        <translation>预览考核表</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="347" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="359" />
        <source>My score (0–100)</source>
        <translation>自评分（0–100）</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="363" />
        <source>My comment</source>
        <translation>我的意见</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="432" />
        <source>Your score is saved</source>
        <translation>自评分已保存</translation>
    </message>
    <message>
        <location filename="../../ui/appraisal_page.py" line="441" />
        <source>Signed</source>
        <translation>已签字</translation>
    </message>
</context>
<context>
    <name>MyReviewsPage</name>
    <message>
        <location filename="../../ui/my_reviews_page.py" line="103" />
        <location filename="../../ui/pages.py" line="211" />
        <source>My reviews</source>
        <translation>我的质检</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews_page.py" line="106" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews_page.py" line="113" />
        <source>Appeal…</source>
        <translation>申诉…</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews_page.py" line="115" />
        <source>State what was done…</source>
        <translation>填写整改说明…</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews_page.py" line="117" />
        <source>Open case</source>
        <translation>打开工单</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews_page.py" line="176" />
        <source>%1 reviews need your answer</source>
        <translation>%1 条质检待您处理</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews_page.py" line="178" />
        <source>1 review needs your answer</source>
        <translation>1 条质检待您处理</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews_page.py" line="220" />
        <source>Case %1, scored %2</source>
        <translation>工单 %1，评分时间 %2</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews_page.py" line="222" />
        <source>Score %1, grade %2</source>
        <translation>得分 %1，等级 %2</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews_page.py" line="226" />
        <source>Rubric version %1</source>
        <translation>评分标准第 %1 版</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews_page.py" line="229" />
        <source>Vetoes: %1</source>
        <translation>否决项：%1</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews_page.py" line="232" />
        <source>Comment: %1</source>
        <translation>评语：%1</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews_page.py" line="241" />
        <source>Rectification notice (整改): %1</source>
        <translation>整改通知：%1</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews_page.py" line="243" />
        <source>Items: %1</source>
        <translation>问题项：%1</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews_page.py" line="245" />
        <source>Rule: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews_page.py" line="246" />
        <source>What to do: %1</source>
        <translation>整改要求：%1</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews_page.py" line="247" />
        <source>Due: %1</source>
        <translation>整改期限：%1</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews_page.py" line="248" />
        <source>Appeal until: %1</source>
        <translation>申诉截止：%1</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews_page.py" line="251" />
        <source>Appealed %1: %2</source>
        <translation>%1 申诉：%2</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews_page.py" line="254" />
        <source>Appeal upheld: the rectification is withdrawn.</source>
        <translation>申诉成立，整改已撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews_page.py" line="257" />
        <source>Appeal rejected.</source>
        <translation>申诉被驳回。</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews_page.py" line="259" />
        <source>Stated %1: %2</source>
        <translation>%1 整改说明：%2</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews_page.py" line="262" />
        <source>Re-check passed %1: closed.</source>
        <translation>%1 复查通过，整改关闭。</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews_page.py" line="264" />
        <source>Scores</source>
        <translation>各项得分</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews_page.py" line="282" />
        <source>Appeal the review</source>
        <translation>对质检结果申诉</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews_page.py" line="283" />
        <source>Why the review is wrong (an appeal is made once, within 3 working days; another reviewer decides it)</source>
        <translation>申诉理由（限申诉一次，须在3个工作日内提出，由其他质检员裁决）</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews_page.py" line="285" />
        <location filename="../../ui/my_reviews_page.py" line="302" />
        <source>Case %1, score %2</source>
        <translation>工单 %1，得分 %2</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews_page.py" line="300" />
        <source>State what was done</source>
        <translation>整改说明</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews_page.py" line="301" />
        <source>What you did to put it right (the reviewer re-checks it)</source>
        <translation>已采取的整改措施（质检员将复查）</translation>
    </message>
</context>
<context>
    <name>MyShiftPage</name>
    <message>
        <location filename="../../ui/my_shift_page.py" line="26" />
        <source>My shift</source>
        <translation>本班工作</translation>
    </message>
    <message>
        <location filename="../../ui/my_shift_page.py" line="35" />
        <source>Search ticket, phone, subject or description</source>
        <translation>搜索工单号、电话、事由或详细情况</translation>
    </message>
    <message>
        <location filename="../../ui/my_shift_page.py" line="36" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/my_shift_page.py" line="52" />
        <source>Bold rows are open tickets. Enter or double-click opens the case.</source>
        <translation>粗体行为未办结工单。按回车或双击打开工单。</translation>
    </message>
    <message>
        <location filename="../../ui/my_shift_page.py" line="105" />
        <source>Shift %1: %2 – %3</source>
        <translation>班次 %1：%2 – %3</translation>
    </message>
    <message>
        <location filename="../../ui/my_shift_page.py" line="109" />
        <source>No rostered shift now: showing the last 12 hours (since %1)</source>
        <translation>当前未排班：显示最近 12 小时（自 %1 起）</translation>
    </message>
    <message>
        <location filename="../../ui/my_shift_page.py" line="111" />
        <source>%1 · %2 calls logged · %3 open tickets I created</source>
        <translation>%1 · 已登记 %2 个来电 · 我创建的未办结工单 %3 个</translation>
    </message>
</context>
<context>
    <name>OfflineDesk</name>
    <message>
        <location filename="../../ui/offline.py" line="156" />
        <source>⚠ Offline: the server cannot be reached — %1 call(s) kept on this workstation, sent when it is back</source>
        <translation>⚠ 离线：服务器无法连接 — 本机暂存 %1 个来电，恢复后自动上传</translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="160" />
        <source>⟳ Sending %1 call(s) kept offline…</source>
        <translation>⟳ 正在上传 %1 个离线来电…</translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="162" />
        <source>⚠ %1 call(s) kept offline were refused by the server: click to see why</source>
        <translation>⚠ %1 个离线来电被服务器拒收：点击查看原因</translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="168" />
        <source>Click for the calls kept offline and their ticket numbers.</source>
        <translation>点击查看离线暂存的来电及其工单编号。</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../ui/operations/cases.py" line="28" />
        <source>Case</source>
        <translation>工单</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../ui/offline.py" line="200" />
        <source>Calls kept offline</source>
        <translation>离线暂存的来电</translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="204" />
        <source>Calls logged while the server could not be reached, newest first. Each kept its provisional number until the server gave it a ticket number.</source>
        <translation>服务器无法连接期间登记的来电（最新的在前）。每个来电先使用临时编号，服务器恢复后获得正式工单编号。</translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="209" />
        <source>Provisional number</source>
        <translation>临时编号</translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="209" />
        <source>Saved at</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="210" />
        <source>Ticket number</source>
        <translation>工单编号</translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="210" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="211" />
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="216" />
        <source>waiting to be sent</source>
        <translation>待上传</translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="216" />
        <source>sent</source>
        <translation>已上传</translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="217" />
        <source>refused by the server</source>
        <translation>服务器拒收</translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="218" />
        <source>taken back into the form</source>
        <translation>已取回登记表修改</translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="235" />
        <source>Correct in the call form</source>
        <translation>取回登记表修改</translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="246" />
        <source>Refused by the server: %1</source>
        <translation>服务器拒收：%1</translation>
    </message>
</context>
<context>
    <name>PdfView</name>
    <message>
        <location filename="../../ui/pdf_view.py" line="275" />
        <source>Previous</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_view.py" line="276" />
        <source>Previous page (Page Up)</source>
        <translation>上一页（Page Up）</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_view.py" line="277" />
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_view.py" line="278" />
        <source>Next page (Page Down)</source>
        <translation>下一页（Page Down）</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_view.py" line="282" />
        <source>Go to page</source>
        <translation>转到页</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_view.py" line="283" />
        <source>Page number</source>
        <translation>页码</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_view.py" line="284" />
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_view.py" line="285" />
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小（Ctrl+-）</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_view.py" line="286" />
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_view.py" line="287" />
        <source>Zoom in (Ctrl++)</source>
        <translation>放大（Ctrl++）</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_view.py" line="288" />
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_view.py" line="289" />
        <source>Fit the page to the width of the view</source>
        <translation>按窗口宽度显示页面</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_view.py" line="379" />
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_view.py" line="470" />
        <source>The file cannot be shown: %1</source>
        <translation>无法显示该文件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_view.py" line="613" />
        <source> / %1</source>
        <translation> / %1</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_view.py" line="621" />
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../ui/kpi_page.py" line="54" />
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../ui/kpi_page.py" line="54" />
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../ui/kpi_page.py" line="55" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
</context>
<context>
    <name>PrintHistoryModel</name>
    <message>
        <location filename="../../ui/print_history.py" line="17" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/print_history.py" line="17" />
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/print_history.py" line="17" />
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/print_history.py" line="17" />
        <source>To</source>
        <translation>去向</translation>
    </message>
    <message>
        <location filename="../../ui/print_history.py" line="18" />
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <location filename="../../ui/print_history.py" line="22" />
        <source>Archival copy v%1</source>
        <translation>归档正本 第 %1 版</translation>
    </message>
    <message>
        <location filename="../../ui/print_history.py" line="24" />
        <source>Working copy</source>
        <translation>工作件</translation>
    </message>
    <message>
        <location filename="../../ui/print_history.py" line="25" />
        <source>Archive register %1</source>
        <translation>%1 年归档文件目录</translation>
    </message>
    <message>
        <location filename="../../ui/print_history.py" line="26" />
        <source>Monthly report %1</source>
        <translation>月报 %1</translation>
    </message>
    <message>
        <location filename="../../ui/print_history.py" line="27" />
        <source>Indicators %1</source>
        <translation>指标表 %1</translation>
    </message>
    <message>
        <location filename="../../ui/print_history.py" line="28" />
        <source>Calls %1</source>
        <translation>来电 %1</translation>
    </message>
    <message>
        <location filename="../../ui/print_history.py" line="30" />
        <source> (masked)</source>
        <translation>（已脱敏）</translation>
    </message>
    <message>
        <location filename="../../ui/print_history.py" line="43" />
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../../ui/print_history.py" line="44" />
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/printing.py" line="125" />
        <source>The printer %1 cannot be reached.</source>
        <translation>无法连接打印机 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="133" />
        <source>Printing was cancelled.</source>
        <translation>打印已取消。</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="138" />
        <source>The printer stopped taking pages.</source>
        <translation>打印机停止接收页面。</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="148" />
        <source>The printer reported an error.</source>
        <translation>打印机报告了错误。</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="189" />
        <location filename="../../ui/printing.py" line="199" />
        <location filename="../../ui/printing.py" line="263" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="203" />
        <source>The file cannot be printed: %1</source>
        <translation>无法打印该文件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="259" />
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="260" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <location filename="../../ui/purge_dialog.py" line="32" />
        <location filename="../../ui/purge_dialog.py" line="192" />
        <source>Purge callers' personal data</source>
        <translation>清除来电人个人信息</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.py" line="35" />
        <source>Removes the phone number, name, organization and notes of every caller whose cases were all closed before the date (and of callers without a case recorded before it), then compacts the database so the old text is gone from its files. Statistics and reports keep their figures.</source>
        <translation>清除所有工单均在该日期之前结案的来电人（以及在该日期之前登记且没有工单的来电人）的电话号码、姓名、单位和备注，然后压缩数据库，使原有文字不再留存在数据库文件中。统计数字和报表保持不变。</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.py" line="47" />
        <source>Also replace the free text of their cases (description, solution, notes, callback and survey comments)</source>
        <translation>同时清除其工单中的文字内容（诉求描述、办理结果、备注、回访和满意度评价意见）</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.py" line="52" />
        <source>Make this the center's rule</source>
        <translation>设为本中心的规则</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.py" line="64" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.py" line="66" />
        <source>Purge…</source>
        <translation>清除…</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.py" line="72" />
        <source>Cases closed before</source>
        <translation>结案早于</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.py" line="128" />
        <source>The center keeps callers' data for %1 months; the case text rule is "%2".</source>
        <translation>本中心来电人信息保存期限为 %1 个月；工单文字的规则为“%2”。</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.py" line="130" />
        <source>purge</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.py" line="130" />
        <source>keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.py" line="169" />
        <source>Nothing to purge: no caller has all cases closed before %1.</source>
        <translation>无可清除的信息：没有来电人的工单全部在 %1 之前结案。</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.py" line="171" />
        <source>%1 callers and their %2 cases closed before %3 will be purged.</source>
        <translation>将清除 %1 位来电人及其在 %3 之前结案的 %2 件工单的个人信息。</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.py" line="174" />
        <source>The cases' free text will be replaced.</source>
        <translation>工单中的文字内容将被清除。</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.py" line="176" />
        <source>The cases' free text is kept.</source>
        <translation>工单中的文字内容予以保留。</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.py" line="182" />
        <source>The date lies within the retention period of %1 months.</source>
        <translation>该日期仍在 %1 个月的保存期限之内。</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.py" line="190" />
        <source>This cannot be undone: the data is removed from the database for good. Other workstations may have to wait until the purge is done.</source>
        <translation>此操作无法撤销：这些信息将从数据库中永久删除。清除完成之前，其他工作站可能需要等待。</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.py" line="200" />
        <source>Purged %1 callers and %2 cases (%3 with their text replaced).</source>
        <translation>已清除 %1 位来电人、%2 件工单的个人信息（其中 %3 件工单的文字内容已清除）。</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.py" line="204" />
        <source>The database was compacted.</source>
        <translation>数据库已压缩。</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.py" line="207" />
        <source>The database could not be compacted (another program holds it): the old text may still be in its files. Close the other programs and purge again.</source>
        <translation>数据库未能压缩（另有程序正在使用）：原有文字可能仍留存在数据库文件中。请关闭其他程序后再执行一次清除。</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.py" line="212" />
        <source>Another program still uses the database's journal file: close every Hotline Desk and run the purge again to empty it.</source>
        <translation>仍有其他程序在使用数据库的日志文件：请关闭所有热线服务台程序后再执行一次清除，以清空该文件。</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.py" line="223" />
        <source>Purge callers' personal data…</source>
        <translation>清除来电人个人信息…</translation>
    </message>
</context>
<context>
    <name>QualityPage</name>
    <message>
        <location filename="../../ui/pages.py" line="208" />
        <location filename="../../ui/quality_page.py" line="431" />
        <source>Spot checks</source>
        <translation>质检抽查</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="45" />
        <source>Excellent (优秀)</source>
        <translation>优秀</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="45" />
        <source>Pass (合格)</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="46" />
        <source>To improve (待改进)</source>
        <translation>待改进</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="46" />
        <source>Fail (不合格)</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="53" />
        <source>Open</source>
        <translation>待整改</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="53" />
        <source>Sent back</source>
        <translation>已退回整改</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="53" />
        <source>Appealed</source>
        <translation>申诉中</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="54" />
        <source>Fix stated</source>
        <translation>已说明整改，待复查</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="54" />
        <source>Passed, closed</source>
        <translation>复查通过，已关闭</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="55" />
        <source>Withdrawn (appeal upheld)</source>
        <translation>已撤销（申诉成立）</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="74" />
        <source>Overdue 1 day</source>
        <translation>超期 1 天</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="75" />
        <source>Overdue %1 days</source>
        <translation>超期 %1 天</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="437" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="446" />
        <source>New seed</source>
        <translation>换一个种子</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="448" />
        <source>Draw sample</source>
        <translation>抽取样本</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="454" />
        <source>Score…</source>
        <translation>评分…</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="456" />
        <location filename="../../ui/quality_page.py" line="466" />
        <source>Open case</source>
        <translation>打开工单</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="462" />
        <source>Decide appeal…</source>
        <translation>裁决申诉…</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="464" />
        <source>Re-check…</source>
        <translation>复查…</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="474" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="479" />
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="504" />
        <source>Rectifications (整改)</source>
        <translation>整改</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="625" />
        <source>%1 rectifications listed: %2 not closed, %3 overdue. The month: %4 reviews of %5 cases, mean %6, %7 with a veto; %8 rectifications opened, %9 closed.</source>
        <translation>列出整改 %1 条：未关闭 %2 条，超期 %3 条。本月：质检 %4 次（%5 件工单），均分 %6，触及否决项 %7 次；开出整改 %8 条，已关闭 %9 条。</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="654" />
        <source>No sample drawn for this month yet.</source>
        <translation>本月尚未抽样。</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="673" />
        <source>Sample of %1 drawn with seed %2: %3 cases (%4 drawn by lot, %5 mandatory), %6 reviewed.</source>
        <translation>%1 的样本（随机种子 %2）：共 %3 件（随机抽取 %4 件，必检 %5 件），已质检 %6 件。</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="694" />
        <source>Draw again</source>
        <translation>重新抽样</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="695" />
        <source>%1's sample of %2 was drawn with seed %3. Draw again with seed %4? The new sample replaces it (both draws are recorded).</source>
        <translation>%1 的 %2 样本已用随机种子 %3 抽取。是否用随机种子 %4 重新抽样？新样本将取代原样本（两次抽样均有记录）。</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="747" />
        <source>Decide the appeal</source>
        <translation>裁决申诉</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="747" />
        <source>Note (why)</source>
        <translation>说明（理由）</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="748" />
        <source>Reject the appeal: the rectification stands (due again in 3 working days)</source>
        <translation>驳回申诉：维持整改（重新给予3个工作日）</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="750" />
        <source>Uphold the appeal: the rectification is withdrawn</source>
        <translation>申诉成立：撤销整改</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="766" />
        <source>Re-check the rectification</source>
        <translation>整改复查</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="766" />
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="767" />
        <source>Passed: close the rectification</source>
        <translation>复查通过：关闭整改</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="768" />
        <source>Not passed: back to the agent (due again in 3 working days)</source>
        <translation>复查不通过：退回整改（重新给予3个工作日）</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="780" />
        <source>Case %1, agent %2, scored %3 by %4 (%5).</source>
        <translation>工单 %1，被检人 %2，%4 评分 %3（%5）。</translation>
    </message>
</context>
<context>
    <name>QueueList</name>
    <message>
        <location filename="../../ui/queue_page.py" line="242" />
        <source>More</source>
        <translation>加载更多</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="306" />
        <source>Nothing here.</source>
        <translation>暂无工单。</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../ui/queue_page.py" line="110" />
        <source>Time limit</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="110" />
        <source>Ticket</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="111" />
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="111" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="112" />
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="112" />
        <source>Subject</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="113" />
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="113" />
        <source>Received</source>
        <translation>来电时间</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="114" />
        <source>What is due</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="114" />
        <source>Due since</source>
        <translation>应办时间</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="115" />
        <source>Tries</source>
        <translation>已拨次数</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="115" />
        <source>Assigned to</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="116" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="116" />
        <source>Supervision (督办)</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="135" />
        <source>Waiting %1</source>
        <translation>已等待%1</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="143" />
        <source>%1 · unassigned</source>
        <translation>%1 · 待领取</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="152" />
        <source>Call back</source>
        <translation>回电</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="153" />
        <source>Satisfaction visit</source>
        <translation>回访</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../ui/queue_page.py" line="50" />
        <source>%1 d %2 h</source>
        <translation>%1天%2小时</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="53" />
        <source>%1 h %2 min</source>
        <translation>%1小时%2分</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="55" />
        <source>%1 min</source>
        <translation>%1分钟</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="68" />
        <source>⚠ 督办 overdue · %1</source>
        <translation>⚠ 督办已超期 · 限 %1</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="70" />
        <source>督办 · by %1</source>
        <translation>督办 · 限 %1 前</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="77" />
        <source>On time · %1 left</source>
        <translation>正常 · 剩余%1</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="80" />
        <source>At risk · %1 left</source>
        <translation>即将超时 · 剩余%1</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="83" />
        <source>Overdue · %1</source>
        <translation>已超时 · 超出%1</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="86" />
        <source>Paused · %1 left</source>
        <translation>已暂停 · 剩余%1</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="89" />
        <source>Met</source>
        <translation>按时完成</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="91" />
        <source>Missed · %1 late</source>
        <translation>超时完成 · 超出%1</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="93" />
        <source>No time limit</source>
        <translation>无时限</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="328" />
        <location filename="../../ui/queue_page.py" line="344" />
        <source>My queue</source>
        <translation>我的工单</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="331" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="340" />
        <source>To sign for</source>
        <translation>待签收</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="341" />
        <source>To sign for (%1)</source>
        <translation>待签收（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="345" />
        <source>Cases I am working on (%1)</source>
        <translation>我在办的工单（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="347" />
        <source>&amp;Sign for</source>
        <translation>签收(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="349" />
        <source>Acknowledge the case: it moves to my queue and counts as the first response</source>
        <translation>签收工单：移入我的工单，并计为首次响应</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="351" />
        <source>Sign for and s&amp;tart</source>
        <translation>签收并开始办理(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="355" />
        <source>St&amp;art work</source>
        <translation>开始办理(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="357" />
        <source>&amp;Open case</source>
        <translation>打开工单(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="376" />
        <source>Ordered by resolution due time. Enter or double-click opens the case. At risk: under 24 hours or a fifth of the time left.</source>
        <translation>按办结时限排序。回车或双击打开工单。即将超时：剩余不足24小时或不足时限的五分之一。</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="415" />
        <source>%1 cases to sign for · %2 in my queue · %3 call backs due</source>
        <translation>待签收 %1 件 · 在办 %2 件 · 待回访/回电 %3 件</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="476" />
        <source>Ticket %1: %2</source>
        <translation>工单 %1：%2</translation>
    </message>
</context>
<context>
    <name>RectificationsModel</name>
    <message>
        <location filename="../../ui/quality_page.py" line="168" />
        <source>Ticket</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="168" />
        <source>Agent</source>
        <translation>被检人</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="168" />
        <source>Reviewer</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="169" />
        <source>Scored</source>
        <translation>评分时间</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="169" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="169" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="170" />
        <source>Step</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="170" />
        <source>Due</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="170" />
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../ui/register_page.py" line="40" />
        <source>No. (序号)</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="40" />
        <source>File no. (档号)</source>
        <translation>档号</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="41" />
        <source>Ticket (文号)</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="41" />
        <source>Responsible (责任者)</source>
        <translation>责任者</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="42" />
        <source>Title (题名)</source>
        <translation>题名</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="42" />
        <source>Date (日期)</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="43" />
        <source>Secrecy (密级)</source>
        <translation>密级</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="43" />
        <source>Pages (页数)</source>
        <translation>页数</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="44" />
        <source>Note (备注)</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="44" />
        <source>Retention (保管期限)</source>
        <translation>保管期限</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="45" />
        <source>Filed by (归档人)</source>
        <translation>归档人</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="45" />
        <source>Filed at (归档时间)</source>
        <translation>归档时间</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="46" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../ui/pages.py" line="193" />
        <location filename="../../ui/register_page.py" line="147" />
        <source>Archive register</source>
        <translation>档案登记</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="153" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="155" />
        <source>Register PDF</source>
        <translation>目录 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="163" />
        <source>Verify</source>
        <translation>核验</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="165" />
        <source>Reprint</source>
        <translation>重印</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="167" />
        <source>Open case</source>
        <translation>打开工单</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="177" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="195" />
        <source>Versions of the selected entry</source>
        <translation>所选条目的各版本</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="197" />
        <source>Prints and exports</source>
        <translation>打印与导出记录</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="254" />
        <source>%1 entries in the register of %2.</source>
        <translation>%2 年度登记 %1 件。</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="331" />
        <source>Checking…</source>
        <translation>正在核验…</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="335" />
        <source>Current: the file is v%1, the newest version, unchanged (its SHA-256 is the registered one).</source>
        <translation>现行：该文件为第 %1 版（最新版本），未被改动（SHA-256 与登记一致）。</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="337" />
        <source>Superseded: the file is v%1, unchanged, but v%2 is newer.</source>
        <translation>已被替代：该文件为第 %1 版，未被改动，但已有更新的第 %2 版。</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="339" />
        <source>CHANGED: the file %3 is not the registered v%1: its SHA-256 differs from the register.</source>
        <translation>已被改动：文件 %3 不是登记的第 %1 版，其 SHA-256 与登记不符。</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="341" />
        <source>Missing: the file %3 of v%1 is not there.</source>
        <translation>缺失：第 %1 版的文件 %3 不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="347" />
        <source>current</source>
        <translation>现行</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="347" />
        <source>superseded</source>
        <translation>已替代</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="348" />
        <source>CHANGED</source>
        <translation>已被改动</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="348" />
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="369" />
        <source>%1 v%2 — archival copy, as registered (SHA-256 checked)</source>
        <translation>%1 第 %2 版 — 归档正本，与登记一致（已核对 SHA-256）</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="391" />
        <source>Archive register %1 (归档文件目录)</source>
        <translation>%1 年度归档文件目录</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../ui/pages.py" line="196" />
        <location filename="../../ui/report_page.py" line="60" />
        <source>Monthly report</source>
        <translation>月度报告</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="67" />
        <location filename="../../ui/report_page.py" line="92" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="70" />
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="71" />
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="72" />
        <source>Language of the report</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="73" />
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="75" />
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="77" />
        <source>&amp;Save as…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="79" />
        <source>Export indicators as spreadsheet…</source>
        <translation>导出指标表格…</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="82" />
        <source>The month's indicators (as report monthly --json gives them) as an .xlsx workbook</source>
        <translation>本月各项指标（与 report monthly --json 一致），导出为 .xlsx 工作簿</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="94" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="171" />
        <source>Monthly report %1: %2 pages</source>
        <translation>%1 月度报告：共 %2 页</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="177" />
        <source>Generating the monthly report…</source>
        <translation>正在生成月度报告…</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="190" />
        <source>Printed %1 pages on %2</source>
        <translation>已在 %2 上打印 %1 页</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="202" />
        <source>Save the monthly report</source>
        <translation>保存月度报告</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="203" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="216" />
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="222" />
        <source>Export the indicators</source>
        <translation>导出指标</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="223" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="234" />
        <source>Indicators of %1 saved to %2</source>
        <translation>%1 的指标已保存到 %2</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="237" />
        <source>Exporting the indicators…</source>
        <translation>正在导出指标…</translation>
    </message>
</context>
<context>
    <name>ReviewsModel</name>
    <message>
        <location filename="../../ui/my_reviews_page.py" line="49" />
        <source>Scored</source>
        <translation>评分时间</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews_page.py" line="49" />
        <source>Ticket</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews_page.py" line="49" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews_page.py" line="50" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews_page.py" line="50" />
        <source>Vetoes</source>
        <translation>否决项</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews_page.py" line="50" />
        <source>Rubric</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews_page.py" line="51" />
        <source>Rectification</source>
        <translation>整改</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews_page.py" line="51" />
        <source>Due</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews_page.py" line="79" />
        <source>overdue</source>
        <translation>已超期</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../ui/roster_page.py" line="83" />
        <source>Duty roster</source>
        <translation>值班排班表</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="88" />
        <source>Add shift…</source>
        <translation>添加班次…</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="89" />
        <location filename="../../ui/roster_page.py" line="148" />
        <source>Remove shift</source>
        <translation>删除班次</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="93" />
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="93" />
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="93" />
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="94" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="94" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="101" />
        <source>Week of</source>
        <translation>所在周</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="149" />
        <source>Remove this shift from the roster?</source>
        <translation>从排班表中删除这个班次？</translation>
    </message>
</context>
<context>
    <name>RubricTab</name>
    <message>
        <location filename="../../ui/center_settings_page.py" line="626" />
        <source>Dimension code</source>
        <translation>维度代码</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="626" />
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="626" />
        <source>Item code</source>
        <translation>项目代码</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="627" />
        <source>Item</source>
        <translation>评分项目</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="627" />
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="633" />
        <source>Veto code</source>
        <translation>否决项代码</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="634" />
        <source>Veto item (score 0)</source>
        <translation>一票否决项（计 0 分）</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="639" />
        <source>Add item</source>
        <translation>添加项目</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="640" />
        <source>Remove item</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="641" />
        <source>Add veto item</source>
        <translation>添加否决项</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="642" />
        <source>Remove veto item</source>
        <translation>删除否决项</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="643" />
        <source>Save as a new version</source>
        <translation>另存为新版本</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="648" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="648" />
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="648" />
        <source>By</source>
        <translation>保存人</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="649" />
        <source>Items / veto items</source>
        <translation>项目数 / 否决项数</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="673" />
        <source>The items must total 100 points. Saving makes a new version; reviews already made keep the version they were scored with.</source>
        <translation>各项目合计须为 100 分。保存即生成新版本；已完成的质检仍按其评分时的版本。</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="683" />
        <source>Version history</source>
        <translation>版本历史</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="700" />
        <location filename="../../ui/center_settings_page.py" line="809" />
        <source>Current version: %1</source>
        <translation>当前版本：%1</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="716" />
        <source>built-in default</source>
        <translation>内置默认</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="743" />
        <source>Total: %1 points</source>
        <translation>合计：%1 分</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="811" />
        <source>Nothing changed: version %1 stays current.</source>
        <translation>没有改动：仍使用版本 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="814" />
        <source>Saved as version %1 (%2 items, %3 veto items); earlier reviews keep their version.</source>
        <translation>已保存为版本 %1（%2 个项目，%3 个否决项）；以往质检保持原版本。</translation>
    </message>
</context>
<context>
    <name>SampleModel</name>
    <message>
        <location filename="../../ui/quality_page.py" line="142" />
        <source>Ticket</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="142" />
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="142" />
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="143" />
        <source>Why</source>
        <translation>入样原因</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="143" />
        <source>Review</source>
        <translation>质检</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="152" />
        <source>mandatory</source>
        <translation>必检</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="152" />
        <source>drawn</source>
        <translation>随机抽中</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="155" />
        <source>not reviewed</source>
        <translation>未质检</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="156" />
        <source>reviewed: %1, %2</source>
        <translation>已质检：%1 分，%2</translation>
    </message>
</context>
<context>
    <name>ScoreDialog</name>
    <message>
        <location filename="../../ui/quality_page.py" line="212" />
        <source>Score case %1</source>
        <translation>质检评分：工单 %1</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="218" />
        <source>Rubric version %1</source>
        <translation>评分标准第 %1 版</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="235" />
        <source>Veto items (the score becomes 0)</source>
        <translation>否决项（触及即为0分）</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="250" />
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="254" />
        <source>Rectification notice (整改)</source>
        <translation>整改通知</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="263" />
        <source>%1 (3 working days)</source>
        <translation>%1（3个工作日）</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="265" />
        <source>Items</source>
        <translation>问题项</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="266" />
        <source>Rule</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="267" />
        <source>What to do</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="268" />
        <source>Due</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="297" />
        <source>Total: %1</source>
        <translation>总分：%1</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="298" />
        <source>Grade: %1</source>
        <translation>等级：%1</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../ui/search_page.py" line="112" />
        <source>Search cases</source>
        <translation>工单查询</translation>
    </message>
    <message>
        <location filename="../../ui/search_page.py" line="118" />
        <source>Ticket number, phone or its last digits, caller, subject, description, note or reply; several terms: all must occur</source>
        <translation>工单号、电话或尾号、来电人、事由、诉求内容、备注或答复；多个词须同时包含</translation>
    </message>
    <message>
        <location filename="../../ui/search_page.py" line="120" />
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../ui/search_page.py" line="128" />
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../../ui/search_page.py" line="145" />
        <source>Enter searches. Enter or double-click on a row opens the case.</source>
        <translation>回车查询；在某行回车或双击打开工单。</translation>
    </message>
    <message>
        <location filename="../../ui/search_page.py" line="153" />
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <location filename="../../ui/search_page.py" line="155" />
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <location filename="../../ui/search_page.py" line="169" />
        <source>Confidential only</source>
        <translation>仅保密件</translation>
    </message>
    <message>
        <location filename="../../ui/search_page.py" line="169" />
        <source>Not confidential</source>
        <translation>非保密件</translation>
    </message>
    <message>
        <location filename="../../ui/search_page.py" line="171" />
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location filename="../../ui/search_page.py" line="171" />
        <source>Not overdue</source>
        <translation>未超期</translation>
    </message>
    <message>
        <location filename="../../ui/search_page.py" line="175" />
        <location filename="../../ui/search_page.py" line="176" />
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <location filename="../../ui/search_page.py" line="182" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/search_page.py" line="184" />
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../ui/search_page.py" line="186" />
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/search_page.py" line="188" />
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../ui/search_page.py" line="190" />
        <source>Confidential</source>
        <translation>保密</translation>
    </message>
    <message>
        <location filename="../../ui/search_page.py" line="192" />
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../ui/search_page.py" line="194" />
        <source>Handled by</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../../ui/search_page.py" line="196" />
        <source>Logged by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <location filename="../../ui/search_page.py" line="204" />
        <location filename="../../ui/search_page.py" line="317" />
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/search_page.py" line="255" />
        <source>Searching…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <location filename="../../ui/search_page.py" line="274" />
        <source>No case found.</source>
        <translation>未找到工单。</translation>
    </message>
    <message>
        <location filename="../../ui/search_page.py" line="276" />
        <source>%1 cases shown; there are more.</source>
        <translation>已显示 %1 件，还有更多。</translation>
    </message>
    <message>
        <location filename="../../ui/search_page.py" line="278" />
        <source>%1 cases found.</source>
        <translation>共找到 %1 件。</translation>
    </message>
    <message>
        <location filename="../../ui/search_page.py" line="321" />
        <source>%1 (retired)</source>
        <translation>%1（已停用）</translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <location filename="../../ui/search_page.py" line="40" />
        <source>Ticket</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location filename="../../ui/search_page.py" line="40" />
        <source>Received</source>
        <translation>来电时间</translation>
    </message>
    <message>
        <location filename="../../ui/search_page.py" line="40" />
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <location filename="../../ui/search_page.py" line="41" />
        <source>Subject</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../ui/search_page.py" line="41" />
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../ui/search_page.py" line="41" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/search_page.py" line="42" />
        <source>Assigned to</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../../ui/search_page.py" line="59" />
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="16" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="19" />
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="28" />
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="33" />
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="35" />
        <source>A new language applies from the next sign-in.</source>
        <translation>新的界面语言在下次登录时生效。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="38" />
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="39" />
        <source>Lock the screen after</source>
        <translation>无操作自动锁屏时间</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="40" />
        <source>Save the call draft every</source>
        <translation>来电草稿保存间隔</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <location filename="../../ui/roster_page.py" line="27" />
        <source>Add a shift</source>
        <translation>添加班次</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="31" />
        <source>Day shift</source>
        <translation>早班</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="31" />
        <source>Evening shift</source>
        <translation>中班</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="32" />
        <source>Night shift</source>
        <translation>夜班</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="40" />
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="41" />
        <source>Shift name</source>
        <translation>班次名称</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="42" />
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="43" />
        <source>End</source>
        <translation>结束</translation>
    </message>
</context>
<context>
    <name>SlaTab</name>
    <message>
        <location filename="../../ui/center_settings_page.py" line="345" />
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="346" />
        <source>First response (minutes)</source>
        <translation>首次响应（分钟）</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="347" />
        <source>Resolution (minutes)</source>
        <translation>办结时限（分钟）</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="347" />
        <source>Clock</source>
        <translation>计时方式</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="365" />
        <source>SLA per priority</source>
        <translation>各优先级时限</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="374" />
        <source>Opens</source>
        <translation>上班时间</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="375" />
        <source>Closes</source>
        <translation>下班时间</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="376" />
        <source>Business hours (Monday to Friday, and make-up workdays)</source>
        <translation>工作时间（周一至周五及调休上班日）</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="379" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="393" />
        <source>Around the clock (24×7)</source>
        <translation>全天候（24×7）</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="394" />
        <source>Business hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="445" />
        <source>%1: %2 / %3 min, %4</source>
        <translation>%1：%2 / %3 分钟，%4</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="451" />
        <source>business hours %1–%2</source>
        <translation>工作时间 %1–%2</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="453" />
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="454" />
        <source>Nothing changed.</source>
        <translation>没有改动。</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/startup.py" line="42" />
        <location filename="../../ui/startup.py" line="78" />
        <source>Hotline Desk</source>
        <translation>热线服务台</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="48" />
        <source>Choose a Hotline Desk database</source>
        <translation>选择热线服务台数据库</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="49" />
        <source>Hotline Desk database (*.db);;All files (*)</source>
        <translation>热线服务台数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="60" />
        <source>The database file %1 is damaged. Hotline Desk did not change it and will not write to it.</source>
        <translation>数据库文件 %1 已损坏。热线服务台没有改动它，也不会再向它写入。</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="63" />
        <source>The latest good backup is %1, taken %2. Restoring puts a copy of it in place of the damaged file; the damaged file is kept beside it, unchanged. Work saved after that backup is not in it.</source>
        <translation>最近的完好备份是 %1，备份于 %2。恢复会用它的副本取代损坏的文件；损坏的文件原样保留在旁边。该备份之后保存的内容不在其中。</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="70" />
        <source>No good backup was found in %1.</source>
        <translation>在 %1 中没有找到完好的备份。</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="76" />
        <source>Details: %1</source>
        <translation>详情：%1</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="83" />
        <source>Restore the latest backup</source>
        <translation>恢复最近的备份</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="85" />
        <source>Choose another file…</source>
        <translation>选择其他文件…</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="87" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="133" />
        <source>The database has schema version %1; this program needs %2. It was not changed: a shared database is only upgraded by an administrator, who runs 'hotline init' with this version of the program while no workstation uses it.</source>
        <translation>数据库的结构版本为 %1，本程序需要 %2。数据库未作改动：共享数据库只能由管理员升级——在没有工作站使用它时，用本版本程序运行 'hotline init'。</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="139" />
        <source>The database has schema version %1, newer than this program (%2): an administrator has upgraded it with 'hotline init' of a newer Hotline Desk. Install that version on this workstation.</source>
        <translation>数据库的结构版本为 %1，比本程序（%2）新：管理员已用较新版本热线服务台的 'hotline init' 升级了它。请在本工作站安装该版本。</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="152" />
        <source>Restoring the latest backup…</source>
        <translation>正在恢复最近的备份…</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="155" />
        <source>The backup could not be restored: %1. Nothing was replaced.</source>
        <translation>备份无法恢复：%1。没有替换任何文件。</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="161" />
        <source>The backup of %1 was restored. The damaged file was kept as %2.</source>
        <translation>已恢复 %1 的备份。损坏的文件保留为 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="172" />
        <source>Looking for the latest good backup…</source>
        <translation>正在查找最近的完好备份…</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="214" />
        <source>Upgrading the database…</source>
        <translation>正在升级数据库…</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="233" />
        <source>The database was upgraded from schema version %1 to %2. A verified backup was taken first: %3</source>
        <translation>数据库已从结构版本 %1 升级到 %2。升级前已做了经过校验的备份：%3</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="279" />
        <source>The database server reports damaged data (%1). Nothing more is saved from this workstation; tell the administrator, who restores the server's latest backup.</source>
        <translation>数据库服务器报告数据损坏（%1）。本工作站不再保存任何内容；请通知管理员恢复服务器最近的备份。</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="122" />
        <location filename="../../ui/login_dialog.py" line="104" />
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
</context>
<context>
    <name>SupervisionPage</name>
    <message>
        <location filename="../../ui/pages.py" line="202" />
        <location filename="../../ui/supervision_page.py" line="157" />
        <source>Team supervision</source>
        <translation>团队督办</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_page.py" line="159" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_page.py" line="164" />
        <location filename="../../ui/supervision_page.py" line="275" />
        <source>Choose a person above.</source>
        <translation>请在上方选择人员。</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_page.py" line="168" />
        <source>Open cases</source>
        <translation>在办工单</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_page.py" line="169" />
        <source>Resolved in the last 30 days</source>
        <translation>近 30 天已办结</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_page.py" line="175" />
        <source>Reassign &amp;selected…</source>
        <translation>改派所选(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_page.py" line="177" />
        <source>Reassign &amp;all…</source>
        <translation>全部改派(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_page.py" line="179" />
        <source>Re&amp;open…</source>
        <translation>退回重办(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_page.py" line="181" />
        <source>Su&amp;pervise…</source>
        <translation>督办(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_page.py" line="183" />
        <source>Open &amp;case</source>
        <translation>打开工单(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_page.py" line="279" />
        <source>Open cases of %1</source>
        <translation>%1 的在办工单</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_page.py" line="286" />
        <source>The latest cases %1 resolved (last 30 days, at most 50)</source>
        <translation>%1 最近办结的工单（近 30 天，最多 50 件）</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_page.py" line="361" />
        <source>Reassign %1 case(s) of %2 to</source>
        <translation>将 %2 的 %1 件工单改派给</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_page.py" line="385" />
        <source>%1 case(s) reassigned to %2.</source>
        <translation>已将 %1 件工单改派给 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_page.py" line="433" />
        <source>Send back for rework (退回重办): %1</source>
        <translation>退回重办：%1</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_page.py" line="435" />
        <source>Re&amp;open</source>
        <translation>退回重办(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_page.py" line="436" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_page.py" line="449" />
        <source>Supervise the case (督办): %1</source>
        <translation>督办工单：%1</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_page.py" line="451" />
        <source>Su&amp;pervise</source>
        <translation>督办(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_page.py" line="452" />
        <source>What is asked</source>
        <translation>督办要求</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_page.py" line="459" />
        <source>Deadline</source>
        <translation>办结期限</translation>
    </message>
</context>
<context>
    <name>TaskManager</name>
    <message>
        <location filename="../../ui/tasks.py" line="285" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ThresholdsEditor</name>
    <message>
        <location filename="../../ui/dashboard_settings.py" line="40" />
        <source>Where a dashboard tile turns to “Attention” or “Alarm”. Rates are in whole percent.</source>
        <translation>监控看板各指标转为“注意”或“告警”的阈值。比率以整数百分比填写。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_settings.py" line="42" />
        <source>Open cases</source>
        <translation>未办结工单</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_settings.py" line="43" />
        <source>Month-to-date rates</source>
        <translation>本月累计比率</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_settings.py" line="44" />
        <source>Calls and hot topics</source>
        <translation>来电与热点诉求</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_settings.py" line="58" />
        <source>&amp;Save thresholds</source>
        <translation>保存阈值(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_settings.py" line="60" />
        <source>Defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_settings.py" line="84" />
        <source>Defaults filled in; Save to keep them.</source>
        <translation>已填入默认值；点击保存后生效。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_settings.py" line="104" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <location filename="../../ui/dashboard_page.py" line="104" />
        <source>⚠ Out of date</source>
        <translation>⚠ 数据已过期</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="136" />
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
</context>
<context>
    <name>TileCasesDialog</name>
    <message>
        <location filename="../../ui/dashboard_page.py" line="228" />
        <source>%1 case(s)</source>
        <translation>共 %1 件</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="230" />
        <source> (the first %1)</source>
        <translation>(仅列前 %1 件)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="234" />
        <source>&amp;Open case</source>
        <translation>打开工单(&amp;O)</translation>
    </message>
</context>
<context>
    <name>TileCasesModel</name>
    <message>
        <location filename="../../ui/dashboard_page.py" line="189" />
        <source>Ticket</source>
        <translation>工单编号</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="189" />
        <source>Received</source>
        <translation>来电时间</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="189" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="190" />
        <source>SLA</source>
        <translation>时限状态</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="190" />
        <source>Due</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="190" />
        <source>Assignee</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="191" />
        <source>Category</source>
        <translation>诉求类型</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="191" />
        <source>Subject</source>
        <translation>事由</translation>
    </message>
</context>
<context>
    <name>TimeZoneTab</name>
    <message>
        <location filename="../../ui/center_settings_page.py" line="926" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="929" />
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="930" />
        <source>Now in use</source>
        <translation>当前使用</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="932" />
        <source>Ticket numbers, due times, months and reports follow the center's time zone, whatever zone a workstation is set to.</source>
        <translation>工单编号、办理时限、统计月份和报表均按中心时区计算，与各工作站自身的时区设置无关。</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings_page.py" line="973" />
        <source>Saved: the center's time zone is %1</source>
        <translation>已保存：中心时区为 %1</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../ui/users_page.py" line="23" />
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../../ui/users_page.py" line="34" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/users_page.py" line="35" />
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/users_page.py" line="36" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/users_page.py" line="37" />
        <source>First password</source>
        <translation>初始密码</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../ui/users_page.py" line="70" />
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <location filename="../../ui/users_page.py" line="72" />
        <source>Add user…</source>
        <translation>添加用户…</translation>
    </message>
    <message>
        <location filename="../../ui/users_page.py" line="73" />
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../ui/users_page.py" line="74" />
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location filename="../../ui/users_page.py" line="75" />
        <source>Activate / deactivate</source>
        <translation>启用 / 停用</translation>
    </message>
    <message>
        <location filename="../../ui/users_page.py" line="79" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/users_page.py" line="79" />
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/users_page.py" line="80" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/users_page.py" line="80" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/users_page.py" line="81" />
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <location filename="../../ui/users_page.py" line="105" />
        <source>Account unlocked.</source>
        <translation>账号已解锁。</translation>
    </message>
    <message>
        <location filename="../../ui/users_page.py" line="123" />
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../ui/users_page.py" line="123" />
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/users_page.py" line="125" />
        <source>locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <location filename="../../ui/users_page.py" line="140" />
        <location filename="../../ui/users_page.py" line="156" />
        <source>Choose a user in the list first.</source>
        <translation>请先在列表中选择一个用户。</translation>
    </message>
    <message>
        <location filename="../../ui/users_page.py" line="151" />
        <source>User added.</source>
        <translation>已添加用户。</translation>
    </message>
    <message>
        <location filename="../../ui/users_page.py" line="158" />
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../ui/users_page.py" line="159" />
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../ui/users_page.py" line="164" />
        <source>Password reset.</source>
        <translation>密码已重置。</translation>
    </message>
    <message>
        <location filename="../../ui/users_page.py" line="171" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>VersionModel</name>
    <message>
        <location filename="../../ui/register_page.py" line="74" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="74" />
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="74" />
        <source>By</source>
        <translation>生成人</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="75" />
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="75" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="75" />
        <source>Verified</source>
        <translation>核验结果</translation>
    </message>
</context>
</TS>