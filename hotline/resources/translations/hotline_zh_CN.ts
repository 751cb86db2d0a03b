<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ArchiveCaseModel</name>
    <message>
        <location filename="../../ui/archive_page.py" line="304" />
        <source>Ticket</source>
        <translation>工单编号</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="304" />
        <source>Closed</source>
        <translation>结案时间</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="304" />
        <source>Subject / category</source>
        <translation>主题 / 分类</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="305" />
        <source>File no. (档号)</source>
        <translation>档号</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="305" />
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="305" />
        <location filename="../../ui/archive_page.py" line="346" />
        <source>Confidential</source>
        <translation>保密</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="321" />
        <source>(confidential)</source>
        <translation>（保密件）</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="326" />
        <source>Not closed</source>
        <translation>未结案</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="328" />
        <source>Not archived</source>
        <translation>未归档</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="330" />
        <source>v%1 · %2</source>
        <translation>第 %1 版 · %2</translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <location filename="../../ui/archive_page.py" line="396" />
        <location filename="../../ui/pages.py" line="147" />
        <source>Case archives</source>
        <translation>案卷归档</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="408" />
        <source>Show closed cases</source>
        <translation>显示已结案工单</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="411" />
        <source>Closed in</source>
        <translation>结案月份</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="418" />
        <source>Closed in a month</source>
        <translation>按月结案</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="419" />
        <source>Search</source>
        <translation>检索</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="426" />
        <source>Regenerate cases archived already</source>
        <translation>已归档的重新生成</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="428" />
        <source>Archive selected</source>
        <translation>归档所选</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="430" />
        <source>Archive the month</source>
        <translation>归档整月</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="432" />
        <source>Open case</source>
        <translation>打开工单</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="440" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="458" />
        <source>Copy</source>
        <translation>副本</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="512" />
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="586" />
        <source>%1 cases closed in %2; %3 archived.</source>
        <translation>%2 结案 %1 件，已归档 %3 件。</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="588" />
        <source>%1 cases found; %3 archived.</source>
        <translation>找到 %1 件，已归档 %3 件。</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="633" />
        <source>Archival copy v%1 (as registered)</source>
        <translation>归档正本第 %1 版（与登记一致）</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="635" />
        <source>Working copy (masked)</source>
        <translation>工作副本（脱敏）</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="636" />
        <source>Working copy</source>
        <translation>工作副本</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="640" />
        <source>Confidential case: you may print a masked working copy only.</source>
        <translation>保密件：您只能打印脱敏的工作副本。</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="642" />
        <source>Not archived yet.</source>
        <translation>尚未归档。</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="644" />
        <source>Press Preview for a working copy.</source>
        <translation>按“预览”生成工作副本。</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="673" />
        <source>%1 v%2 — archival copy, as registered (SHA-256 checked)</source>
        <translation>%1 第 %2 版 — 归档正本，与登记一致（已核对 SHA-256）</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="686" />
        <source>%1 — working copy</source>
        <translation>%1 — 工作副本</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="688" />
        <source> (caller masked)</source>
        <translation>（来电人已脱敏）</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="745" />
        <location filename="../../ui/archive_page.py" line="774" />
        <source>Archiving…</source>
        <translation>正在归档…</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="750" />
        <source>%1 archived, %2 skipped (archived already).</source>
        <translation>归档 %1 件，跳过 %2 件（已归档）。</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="753" />
        <source>Not archived: %1</source>
        <translation>未归档：%1</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="765" />
        <source>Stopped: the cases archived before the stop are registered.</source>
        <translation>已停止：停止前归档的工单均已登记。</translation>
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
        <location filename="../../ui/pages.py" line="141" />
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
    <name>CallForm</name>
    <message>
        <location filename="../../ui/call_form.py" line="87" />
        <source>Caller's number — history appears on the right</source>
        <translation>来电号码 — 右侧自动显示来电历史</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="100" />
        <source>Type to filter, e.g. 欠薪</source>
        <translation>输入筛选，例如：欠薪</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="109" />
        <source>What the call is about, in one line</source>
        <translation>一句话概括来电事由</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="113" />
        <source>What the caller says, what they ask for</source>
        <translation>来电人反映的情况和诉求</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="117" />
        <source>The answer or advice given on the call</source>
        <translation>通话中给出的答复或建议</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="119" />
        <source>Confidential</source>
        <translation>保密</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="121" />
        <source>Caller stays anonymous</source>
        <translation>来电人要求匿名</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="126" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="127" />
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="130" />
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="132" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="133" />
        <location filename="../../ui/call_form.py" line="200" />
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="134" />
        <location filename="../../ui/call_form.py" line="201" />
        <source>Subject</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="135" />
        <source>Description</source>
        <translation>详细情况</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="136" />
        <source>Reply given</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="144" />
        <source>Save with outcome</source>
        <translation>选择处理结果并保存</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="146" />
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="146" />
        <source>Transfer…</source>
        <translation>转办…</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="147" />
        <source>Escalate…</source>
        <translation>升级…</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="147" />
        <source>Call back later</source>
        <translation>需回电</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="155" />
        <source>Hung up</source>
        <translation>挂断</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="155" />
        <source>Silent</source>
        <translation>无声</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="156" />
        <source>Prank</source>
        <translation>骚扰</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="156" />
        <source>Wrong number</source>
        <translation>打错</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="162" />
        <source>Logs the call at once with this outcome (one key)</source>
        <translation>按一次键即以此结果登记本次来电</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="165" />
        <source>Clear form</source>
        <translation>清空表单</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="172" />
        <source>Log a call</source>
        <translation>来电登记</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="176" />
        <source>Call time</source>
        <translation>通话时长</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="188" />
        <source>Caller history</source>
        <translation>来电历史</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="189" />
        <location filename="../../ui/call_form.py" line="401" />
        <source>Type the caller's number to see earlier calls.</source>
        <translation>输入来电号码即可查看历史来电。</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="200" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="201" />
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="211" />
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="215" />
        <source>Search (Ctrl+K) — or just type the subject</source>
        <translation>搜索（Ctrl+K）— 或直接填写事由自动推荐</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="404" />
        <source>%1: no earlier calls (new caller).</source>
        <translation>%1：无历史来电（新来电人）。</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="406" />
        <source>Known numbers starting like this: %1</source>
        <translation>开头相同的已知号码：%1</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="410" />
        <source>name unknown</source>
        <translation>姓名未知</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="414" />
        <source>%1 — %2 · %3 calls in total, %4 in the last 30 days</source>
        <translation>%1 — %2 · 累计来电 %3 次，近 30 天 %4 次</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="422" />
        <source>Flagged caller: %1</source>
        <translation>重点关注来电人：%1</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="423" />
        <source>see notes</source>
        <translation>见备注</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="425" />
        <source>Frequent caller: %1 calls in 30 days</source>
        <translation>频繁来电：30 天内 %1 次</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="428" />
        <source>%1 open ticket(s): %2</source>
        <translation>%1 个未办结工单：%2</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="432" />
        <source>Notes: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="444" />
        <source>(confidential)</source>
        <translation>（保密）</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="486" />
        <source>No matching articles.</source>
        <translation>没有匹配的知识条目。</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="605" />
        <source>Subject: is required — one line about the call.</source>
        <translation>事由：必须填写 — 一句话概括来电。</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="624" />
        <source>Nobody can take this call: there is no active specialist or supervisor account.</source>
        <translation>无人可接收：系统中没有启用的服务专员或监督员账号。</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="627" />
        <source>Transfer to a specialist</source>
        <translation>转办给服务专员</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="628" />
        <source>Escalate to</source>
        <translation>升级给</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="662" />
        <source>Saved: ticket %1 (%2). Ready for the next call.</source>
        <translation>已保存：工单号 %1（%2）。可以接听下一个来电。</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="690" />
        <source>Clear the form</source>
        <translation>清空表单</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="691" />
        <source>Discard what is typed for this call? It is not saved.</source>
        <translation>放弃本次来电已输入的内容？这些内容尚未保存。</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="722" />
        <source>The draft cannot be written (%1); the form is still here.</source>
        <translation>无法写入草稿（%1）；表单内容仍然保留。</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="735" />
        <source>Unsaved call found</source>
        <translation>发现未保存的来电</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="736" />
        <source>A call was being typed when the program stopped (%1): %2

Restore it into the form?</source>
        <translation>程序上次退出时有一条来电正在录入（%1）：%2

是否恢复到表单中？</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="738" />
        <source>(no phone or subject)</source>
        <translation>（无号码或事由）</translation>
    </message>
    <message>
        <location filename="../../ui/call_form.py" line="747" />
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
    <name>CaseWindow</name>
    <message>
        <location filename="../../ui/case_window.py" line="49" />
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="52" />
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="54" />
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="60" />
        <source>no due time</source>
        <translation>无时限</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="64" />
        <source>%2 left (due %1)</source>
        <translation>剩余 %2（期限 %1）</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="65" />
        <source>%2 left — at risk (due %1)</source>
        <translation>剩余 %2 — 即将超时（期限 %1）</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="67" />
        <source>overdue by %2 (due %1)</source>
        <translation>已超时 %2（期限 %1）</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="68" />
        <source>paused while waiting on the caller — %2 left (due %1)</source>
        <translation>等待来电人，计时暂停 — 剩余 %2（期限 %1）</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="70" />
        <source>met (due %1)</source>
        <translation>按时完成（期限 %1）</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="71" />
        <source>missed by %2 (due %1)</source>
        <translation>超时 %2 完成（期限 %1）</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="79" />
        <source>5 — very satisfied</source>
        <translation>5 — 非常满意</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="80" />
        <source>4 — satisfied</source>
        <translation>4 — 满意</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="81" />
        <source>3 — fairly satisfied</source>
        <translation>3 — 基本满意</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="82" />
        <source>2 — dissatisfied</source>
        <translation>2 — 不满意</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="83" />
        <source>1 — very dissatisfied</source>
        <translation>1 — 非常不满意</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="162" />
        <source>Si&amp;gn for</source>
        <translation>签收(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="163" />
        <source>&amp;Start work</source>
        <translation>开始办理(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="164" />
        <source>&amp;Wait on caller…</source>
        <translation>等待来电人(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="165" />
        <source>Res&amp;ume</source>
        <translation>恢复办理(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="166" />
        <source>&amp;Resolve…</source>
        <translation>办结(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="167" />
        <source>C&amp;lose case</source>
        <translation>结案(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="168" />
        <source>&amp;Assign…</source>
        <translation>派单(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="169" />
        <source>&amp;Transfer…</source>
        <translation>转办(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="170" />
        <source>&amp;Escalate…</source>
        <translation>升级(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="171" />
        <source>Re&amp;open…</source>
        <translation>退回重办(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="172" />
        <source>Su&amp;pervise…</source>
        <translation>督办(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="173" />
        <source>&amp;Note…</source>
        <translation>备注(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="174" />
        <source>&amp;Call back…</source>
        <translation>回访(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="175" />
        <source>Rat&amp;ing…</source>
        <translation>满意度(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="207" />
        <source>Supervised</source>
        <translation>督办时间</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="207" />
        <source>By</source>
        <translation>督办人</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="208" />
        <location filename="../../ui/case_window.py" line="652" />
        <source>Deadline</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="208" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="209" />
        <location filename="../../ui/case_window.py" line="478" />
        <location filename="../../ui/case_window.py" line="564" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="219" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="219" />
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="219" />
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="220" />
        <location filename="../../ui/case_window.py" line="286" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="220" />
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="233" />
        <source>Supervision (督办)</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="236" />
        <source>Description</source>
        <translation>详细情况</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="238" />
        <source>Timeline</source>
        <translation>办理过程</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="260" />
        <source>Case %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="272" />
        <source>Ticket</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="273" />
        <source>Received</source>
        <translation>来电时间</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="275" />
        <source>duration %1</source>
        <translation>时长 %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="279" />
        <source>(anonymous)</source>
        <translation>（匿名）</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="280" />
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="281" />
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="282" />
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="283" />
        <source>Subject</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="284" />
        <source>(confidential)</source>
        <translation>（保密）</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="285" />
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="288" />
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="289" />
        <source>Resolution</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="293" />
        <source>Confidential</source>
        <translation>保密</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="293" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="295" />
        <source>Knowledge articles</source>
        <translation>引用知识</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="298" />
        <source>Call backs</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="301" />
        <source>Rating</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="305" />
        <source>Reply given</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="309" />
        <source>open</source>
        <translation>督办中</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="309" />
        <source>ended %1</source>
        <translation>%1 已结束</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="330" />
        <source>assigned to %1</source>
        <translation>承办人 %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="333" />
        <source>signed for %1</source>
        <translation>%1 已签收</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="335" />
        <source>not signed for yet</source>
        <translation>尚未签收</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="337" />
        <source>unassigned (in the pool)</source>
        <translation>待领取（未派单）</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="340" />
        <source>supervised until %1</source>
        <translation>督办期限 %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="346" />
        <source>%1 call backs, %2 reached</source>
        <translation>回访 %1 次，接通 %2 次</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="350" />
        <source>last %1 by %2</source>
        <translation>最近一次 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="450" />
        <source>reached</source>
        <translation>已接通</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="450" />
        <source>not reached</source>
        <translation>未接通</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="471" />
        <source>Wait on the caller</source>
        <translation>等待来电人</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="472" />
        <source>What the caller is to provide</source>
        <translation>需来电人补充的内容</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="472" />
        <source>&amp;Wait</source>
        <translation>等待(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="475" />
        <source>Send back for rework (退回重办)</source>
        <translation>退回重办</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="476" />
        <source>Reason</source>
        <translation>退回原因</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="476" />
        <source>Re&amp;open</source>
        <translation>退回重办(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="478" />
        <source>Add a note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="479" />
        <source>&amp;Add note</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="556" />
        <source>Assign the case</source>
        <translation>派单</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="556" />
        <source>&amp;Assign</source>
        <translation>派单(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="557" />
        <source>Transfer to a colleague</source>
        <translation>转办给同事</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="558" />
        <source>&amp;Transfer</source>
        <translation>转办(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="559" />
        <source>Escalate the case</source>
        <translation>升级工单</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="559" />
        <source>&amp;Escalate</source>
        <translation>升级(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="562" />
        <source>To</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="565" />
        <source>Why (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="596" />
        <source>Resolve the case</source>
        <translation>办结工单</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="597" />
        <source>&amp;Resolve</source>
        <translation>办结(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="598" />
        <source>Solution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="599" />
        <source>Find an article</source>
        <translation>查找知识</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="600" />
        <source>Words from the knowledge base; Enter searches</source>
        <translation>输入关键词，回车搜索知识库</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="601" />
        <source>Article used</source>
        <translation>引用知识</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="603" />
        <location filename="../../ui/case_window.py" line="611" />
        <source>(no article)</source>
        <translation>（不引用）</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="643" />
        <source>Supervise the case (督办)</source>
        <translation>督办工单</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="644" />
        <source>Su&amp;pervise</source>
        <translation>督办(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="645" />
        <source>What is asked</source>
        <translation>督办要求</translation>
    </message>
</context>
<context>
    <name>DocumentPanel</name>
    <message>
        <location filename="../../ui/archive_page.py" line="120" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="122" />
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="221" />
        <source>Printed %1 pages on %2.</source>
        <translation>已在 %2 上打印 %1 页。</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="232" />
        <source>Save a copy</source>
        <translation>保存副本</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="233" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/archive_page.py" line="267" />
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
    <name>ExportsPage</name>
    <message>
        <location filename="../../ui/exports_page.py" line="46" />
        <location filename="../../ui/exports_page.py" line="123" />
        <location filename="../../ui/pages.py" line="156" />
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
        <location filename="../../ui/pages.py" line="144" />
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
        <location filename="../../ui/labels.py" line="90" />
        <source>Class code</source>
        <translation>门类代码</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91" />
        <source>Unit code</source>
        <translation>机构(问题)代码</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="92" />
        <source>Retention period</source>
        <translation>保管期限</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93" />
        <source>Center name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="95" />
        <source>Item number</source>
        <translation>件号</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="96" />
        <source>Archive number</source>
        <translation>档号</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98" />
        <source>Shift name</source>
        <translation>班次名称</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105" />
        <source>Article text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="106" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="106" />
        <source>What changed</source>
        <translation>修改说明</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="107" />
        <source>Knowledge article</source>
        <translation>知识条目</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="128" />
        <location filename="../../ui/labels.py" line="228" />
        <source>is required</source>
        <translation>必须填写</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="131" />
        <source>is too long (%1 characters; at most %2)</source>
        <translation>过长（%1 个字符；最多 %2 个）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="139" />
        <source>must be 1-12 letters or digits (no '-' or '·')</source>
        <translation>须为 1–12 位字母或数字（不能含“-”或“·”）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="142" />
        <source>must be a four-digit year</source>
        <translation>须为四位年份</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="144" />
        <source>must be a number from 1</source>
        <translation>须为从 1 起的数字</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="146" />
        <source>is not an archive number like X001-WS·2026-D30-RX-0001</source>
        <translation>不是形如 X001-WS·2026-D30-RX-0001 的档号</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="149" />
        <source>must be one of %1</source>
        <translation>须为以下之一：%1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="152" />
        <source>is not a date (YYYY-MM-DD)</source>
        <translation>不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="154" />
        <source>there is no such file</source>
        <translation>没有这个文件</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="156" />
        <source>contains a control character (%1); retype the text</source>
        <translation>含有控制字符（%1），请重新输入</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="160" />
        <source>contains a broken character that cannot be stored; retype the text</source>
        <translation>含有无法保存的损坏字符，请重新输入</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="163" />
        <source>must be text</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="167" />
        <source>is not one of the choices offered</source>
        <translation>不在可选项之内</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="169" />
        <source>is not a date and time</source>
        <translation>不是有效的日期时间</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="171" />
        <source>is out of range</source>
        <translation>超出允许范围</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="173" />
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="175" />
        <source>must be at least %1</source>
        <translation>不能小于 %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="178" />
        <source>must be at most %1</source>
        <translation>不能大于 %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="186" />
        <location filename="../../ui/labels.py" line="229" />
        <source>must contain letters and digits</source>
        <translation>必须同时包含字母和数字</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="188" />
        <location filename="../../ui/labels.py" line="230" />
        <source>is too repetitive</source>
        <translation>重复字符过多</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="190" />
        <location filename="../../ui/labels.py" line="231" />
        <source>is a commonly used password</source>
        <translation>是常见密码，不安全</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="192" />
        <location filename="../../ui/labels.py" line="232" />
        <source>must not contain the user name</source>
        <translation>不能包含用户名</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="165" />
        <location filename="../../ui/labels.py" line="233" />
        <source>must be a single line</source>
        <translation>只能填写一行</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="197" />
        <location filename="../../ui/labels.py" line="234" />
        <source>is not an active user</source>
        <translation>不是启用的用户</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="201" />
        <location filename="../../ui/labels.py" line="235" />
        <source>must be after the start</source>
        <translation>必须晚于开始时间</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="203" />
        <location filename="../../ui/labels.py" line="236" />
        <source>a shift lasts at most 24 hours</source>
        <translation>一个班次最长 24 小时</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="199" />
        <location filename="../../ui/labels.py" line="237" />
        <source>is not an active category</source>
        <translation>不是有效的分类</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="183" />
        <location filename="../../ui/labels.py" line="242" />
        <source>must have at least %1 characters</source>
        <translation>至少需要 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="135" />
        <location filename="../../ui/labels.py" line="245" />
        <source>is too long</source>
        <translation>过长</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="181" />
        <location filename="../../ui/labels.py" line="247" />
        <source>is not a phone number</source>
        <translation>不是有效的电话号码</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="194" />
        <location filename="../../ui/labels.py" line="249" />
        <source>may contain only letters, digits and . _ - (2 to 64 characters)</source>
        <translation>只能包含字母、数字和 . _ -（2 到 64 个字符）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="205" />
        <source>must lie in the future</source>
        <translation>须晚于当前时间</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="207" />
        <source>is given only when the caller was reached</source>
        <translation>只有接通来电人时才能录入</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="210" />
        <source>follows only a dissatisfied rating (1 or 2)</source>
        <translation>仅在不满意（1 或 2 分）时适用</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="213" />
        <source>is not a published article (a draft or a retired one)</source>
        <translation>不是已发布的知识（草稿或已下线）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="216" />
        <source>at most %1 search terms</source>
        <translation>最多 %1 个查询词</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="219" />
        <source>at most %1 tags</source>
        <translation>最多 %1 个标签</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="260" />
        <source>must be a code of a-z, 0-9 and _ (1 to 32 characters)</source>
        <translation>须为由 a-z、0-9 和 _ 组成的代码（1 至 32 个字符）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="263" />
        <source>is not a rubric of dimensions and items</source>
        <translation>不是由维度和评分项组成的评分标准</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="266" />
        <source>the code %1 is used twice</source>
        <translation>代码 %1 重复使用</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="269" />
        <source>must be a whole number above 0</source>
        <translation>须为大于 0 的整数</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="271" />
        <source>the items must total 100 points (now %1)</source>
        <translation>各评分项合计须为 100 分（现为 %1 分）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="274" />
        <source>has no score</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="276" />
        <source>is not an item of this rubric</source>
        <translation>不是本评分标准中的评分项</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="278" />
        <source>must be a score from 0 to %1</source>
        <translation>分值须在 0 至 %1 之间</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="281" />
        <source>is not a veto item of this rubric</source>
        <translation>不是本评分标准中的否决项</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="282" />
        <source>is not a month (YYYY-MM)</source>
        <translation>不是有效的月份（YYYY-MM）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="289" />
        <source>You cannot review a case you handled yourself.</source>
        <translation>不能质检本人办理的工单。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="292" />
        <source>This review opened no rectification.</source>
        <translation>该质检结果未要求整改。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="295" />
        <source>This review has been appealed already; a review is appealed once.</source>
        <translation>该质检结果已申诉过；每条质检结果只能申诉一次。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="300" />
        <source>The time to appeal ended on %1.</source>
        <translation>申诉期限已于 %1 截止。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="304" />
        <source>Case %1 is not closed; only closed cases are archived.</source>
        <translation>工单 %1 尚未结案，只有已结案的工单才能归档。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="308" />
        <source>The archival file %1 (%2 v%3) is missing; verify it from the register or generate a new version.</source>
        <translation>归档文件 %1（%2 第 %3 版）不存在；请在归档目录中核验，或重新生成一版。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="313" />
        <source>The archival file %1 (%2 v%3) was changed: its SHA-256 is not the registered one. It is not shown; generate a new version.</source>
        <translation>归档文件 %1（%2 第 %3 版）已被改动：其 SHA-256 与登记值不符，不予显示；请重新生成一版。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="318" />
        <source>Case %1 was archived on another workstation at the same moment; nothing was saved here. Try again.</source>
        <translation>工单 %1 同时在另一台工作站上归档，本机未保存任何内容，请重试。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="322" />
        <source>This case was changed on another workstation. Nothing was saved; reload the case to see the change, then decide again.</source>
        <translation>此工单已在另一台工作站上被修改。未保存任何内容；请重新载入工单查看改动，然后再作决定。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="326" />
        <source>The next officer acknowledges a handover note, not its author.</source>
        <translation>交接班记录应由下一班值班员确认，不能由记录人本人确认。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="329" />
        <source>Someone has acknowledged this note already.</source>
        <translation>这条交接班记录已由他人确认。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="332" />
        <source>You cannot deactivate your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="334" />
        <source>You cannot take the administrator role from yourself.</source>
        <translation>不能取消自己的管理员角色。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="337" />
        <source>Accounts exist already; sign in as an administrator.</source>
        <translation>系统中已有账号，请以管理员身份登录。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="340" />
        <source>The user name %1 is taken.</source>
        <translation>用户名 %1 已被使用。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="343" />
        <source>%1 already has a shift in that period.</source>
        <translation>%1 在该时段已有班次。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="346" />
        <source>The category code %1 is taken.</source>
        <translation>分类代码 %1 已被使用。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="349" />
        <source>Case %1 has a survey already: a case is rated once.</source>
        <translation>工单 %1 已有满意度回访记录：每个工单只评价一次。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="353" />
        <source>This category is used by cases: deactivate it instead of deleting it.</source>
        <translation>此分类已被工单使用：请停用，而不是删除。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="357" />
        <source>Someone else saved this article meanwhile. Nothing was saved; your text is still here: copy what you need, reload the article and edit again.</source>
        <translation>其他人已在此期间保存了这篇知识，本次未保存；您输入的内容仍在，请复制需要的部分，重新打开该知识后再修改。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="362" />
        <source>This cannot be done to the article now: it is %1. Reload it.</source>
        <translation>该知识当前为“%1”，无法执行此操作，请重新打开。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="371" />
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="372" />
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="373" />
        <source>Retired</source>
        <translation>已下线</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="391" />
        <source>The database server cannot be reached. Nothing was saved; your text is still here — try again in a moment.</source>
        <translation>无法连接数据库服务器。未保存任何内容；您输入的内容仍在——请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="395" />
        <source>The database file is damaged. Nothing was saved. Ask the administrator to restore the latest backup.</source>
        <translation>数据库文件已损坏，未保存任何内容。请联系管理员恢复最近的备份。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="399" />
        <source>The disk holding the database reported an error. Nothing was saved; your text is still here.</source>
        <translation>存放数据库的磁盘报告错误。未保存任何内容；您输入的内容仍在。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="450" />
        <source>You are not signed in any more; sign in again.</source>
        <translation>您已不在登录状态，请重新登录。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="462" />
        <source>This case has been signed for already. Reload the case.</source>
        <translation>该工单已被签收，请重新打开工单。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="465" />
        <source>This cannot be done to the rectification at its present step. Reload the review.</source>
        <translation>整改当前所处环节不能进行此操作。请重新载入该质检结果。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="469" />
        <source>This case is under supervision already; it ends when the case is resolved.</source>
        <translation>该工单已在督办中，办结后督办自动结束。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="473" />
        <source>This cannot be done to the case now: its status is %1. Reload the case.</source>
        <translation>工单当前状态为“%1”，无法进行此操作。请重新载入工单。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="492" />
        <source>it is confidential</source>
        <translation>该工单为保密工单</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="493" />
        <source>it is someone else's case</source>
        <translation>该工单属于他人</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="494" />
        <source>it is already in a specialist's hands; ask a supervisor</source>
        <translation>该工单已由专员办理，请联系主管</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="496" />
        <source>your role does not act on cases</source>
        <translation>您的角色不办理工单</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="498" />
        <source>only the reviewed agent answers a review</source>
        <translation>只有被质检的坐席本人可以答复质检结果</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="500" />
        <source>it must be decided by someone other than the reviewer and the agent</source>
        <translation>须由质检员和被质检坐席以外的人处理</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="507" />
        <source>see this case</source>
        <translation>查看此工单</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="508" />
        <source>add a note to this case</source>
        <translation>为此工单添加备注</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="509" />
        <source>record a call back on this case</source>
        <translation>为此工单登记回电</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="510" />
        <source>record the caller's rating of this case</source>
        <translation>登记来电人对此工单的评价</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="511" />
        <source>reassign this case</source>
        <translation>改派此工单</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="512" />
        <source>work on this case</source>
        <translation>办理此工单</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="513" />
        <source>escalate this case</source>
        <translation>升级此工单</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="516" />
        <source>You may not do this: %1.</source>
        <translation>您不能执行此操作：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="517" />
        <source>You may not %1: %2.</source>
        <translation>您不能%1：%2。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="526" />
        <source>The database file %1 is damaged. It was not changed; restore the latest backup or choose another file.</source>
        <translation>数据库文件 %1 已损坏，未做任何改动；请恢复最近的备份或选择其他文件。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="530" />
        <source>%1 is a folder, not a database file. Give the path of a file inside it.</source>
        <translation>%1 是文件夹，不是数据库文件。请给出该文件夹内某个文件的路径。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="534" />
        <source>The database file %1 cannot be used. Check that your account may read and write it and that no other program holds it, or choose another file.</source>
        <translation>无法使用数据库文件 %1。请检查您的账户是否有读写权限、是否有其他程序占用该文件，或选择其他文件。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="539" />
        <source>%1 is not a Hotline Desk database. It was left untouched; choose another file or restore a backup.</source>
        <translation>%1 不是热线服务台数据库，未做任何改动；请选择其他文件或恢复备份。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="543" />
        <source>%1 belongs to another program. It was left untouched; choose another file.</source>
        <translation>%1 属于其他程序，未做任何改动；请选择其他文件。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="547" />
        <source>The database file %1 does not exist.</source>
        <translation>数据库文件 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="550" />
        <source>%1 is on a network share. SQLite files on network shares get corrupted when several workstations write at once: a center with several workstations uses PostgreSQL.</source>
        <translation>%1 位于网络共享上。多台工作站同时写入时，网络共享上的 SQLite 文件会损坏：有多台工作站的中心请使用 PostgreSQL。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="555" />
        <source>The database file %1 has unsafe settings and is not used.</source>
        <translation>数据库文件 %1 的设置不安全，未予使用。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="559" />
        <source>This database has schema version %1, older than this program's %2. An administrator brings it up to date by running 'hotline init' while no workstation uses it.</source>
        <translation>此数据库的结构版本为 %1，低于本程序的 %2。请管理员在没有工作站使用时运行“hotline init”进行升级。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="564" />
        <source>This database has schema version %1, made by a newer Hotline Desk (this one knows up to %2). Install that version on this workstation.</source>
        <translation>此数据库的结构版本为 %1，由较新版本的热线服务台创建（本程序最高支持 %2）。请在本工作站安装该版本。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="569" />
        <source>The database server cannot be reached (%1). Check the network and that the server is running, then start again.</source>
        <translation>无法连接数据库服务器（%1）。请检查网络及服务器是否在运行，然后重新启动。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="572" />
        <source>The database cannot be used: %1</source>
        <translation>无法使用数据库：%1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="380" />
        <source>The disk holding the database is full. Nothing was saved; free some space and save again — your text is still here.</source>
        <translation>数据库所在磁盘已满，本次未保存。请清理空间后再次保存 — 已输入的内容仍然保留。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="384" />
        <source>The database is read-only. Nothing was saved.</source>
        <translation>数据库为只读状态，本次未保存。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="387" />
        <source>The database was busy (another workstation held it too long). Nothing was saved; save again.</source>
        <translation>数据库正忙（其他工作站占用时间过长），本次未保存，请再次保存。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="427" />
        <source>The database server cannot be reached (%1). Nothing was saved; your text is still here — try again in a moment.</source>
        <translation>无法连接数据库服务器（%1），本次未保存。已输入的内容仍然保留 — 请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="402" />
        <source>The database could not be used (%1). Nothing was saved; your text is still here.</source>
        <translation>数据库无法使用（%1），本次未保存。已输入的内容仍然保留。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="444" />
        <source>Too many failed sign-ins: this account is locked until %1. An administrator can unlock it sooner.</source>
        <translation>登录失败次数过多：此账号已锁定至 %1。系统管理员可以提前解锁。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="448" />
        <source>This account has been deactivated.</source>
        <translation>此账号已停用。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="452" />
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="505" />
        <source>You do not have permission to do this.</source>
        <translation>您没有执行此操作的权限。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="456" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="459" />
        <source>Not found: %1</source>
        <translation>未找到：%1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="481" />
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
        <location filename="../../ui/pages.py" line="116" />
        <source>Log a call  F2</source>
        <translation>来电登记  F2</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="120" />
        <source>My shift  F3</source>
        <translation>本班工作  F3</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="123" />
        <source>Duty &amp; handover  F4</source>
        <translation>值班与交接  F4</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="126" />
        <source>Search cases  F5</source>
        <translation>工单查询  F5</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="129" />
        <source>My queue  F6</source>
        <translation>我的工单  F6</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="132" />
        <source>Callbacks due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="135" />
        <source>Roster</source>
        <translation>排班</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="138" />
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216" />
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217" />
        <source>Lock screen</source>
        <translation>锁定屏幕</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219" />
        <source>Sign out</source>
        <translation>注销</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226" />
        <location filename="../../ui/main_window.py" line="467" />
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321" />
        <source>Case</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="330" />
        <source>Opening the case…</source>
        <translation>正在打开工单…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="353" />
        <source>%1 in my queue · %2 to sign for</source>
        <translation>在办 %1 件 · 待签收 %2 件</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="368" />
        <source>Saved ticket %1</source>
        <translation>已保存工单 %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="468" />
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
        <location filename="../../ui/main_window.py" line="361" />
        <location filename="../../ui/main_window.py" line="372" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="390" />
        <source>Shift: unknown (database unreachable)</source>
        <translation>班次：未知（无法连接数据库）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="381" />
        <source>Shift: not rostered now</source>
        <translation>班次：当前未排班</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="384" />
        <source>Shift: %1 %2–%3</source>
        <translation>班次：%1 %2–%3</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="427" />
        <source>Locked. Press Esc to close this window, then unlock in the main window.</source>
        <translation>已锁定。按 Esc 关闭此窗口，然后在主窗口解锁。</translation>
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
    <name>Operations</name>
    <message>
        <location filename="../../ui/operations/cases.py" line="28" />
        <source>Case</source>
        <translation>工单</translation>
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
        <location filename="../../ui/pdf_view.py" line="611" />
        <source> / %1</source>
        <translation> / %1</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_view.py" line="619" />
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>PrintHistoryModel</name>
    <message>
        <location filename="../../ui/print_history.py" line="21" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/print_history.py" line="21" />
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/print_history.py" line="21" />
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/print_history.py" line="21" />
        <source>To</source>
        <translation>去向</translation>
    </message>
    <message>
        <location filename="../../ui/print_history.py" line="22" />
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <location filename="../../ui/print_history.py" line="39" />
        <source>Archival copy v%1</source>
        <translation>归档正本 第 %1 版</translation>
    </message>
    <message>
        <location filename="../../ui/print_history.py" line="41" />
        <source>Working copy</source>
        <translation>工作件</translation>
    </message>
    <message>
        <location filename="../../ui/print_history.py" line="42" />
        <source>Archive register %1</source>
        <translation>%1 年归档文件目录</translation>
    </message>
    <message>
        <location filename="../../ui/print_history.py" line="43" />
        <source>Monthly report %1</source>
        <translation>月报 %1</translation>
    </message>
    <message>
        <location filename="../../ui/print_history.py" line="44" />
        <source>Indicators %1</source>
        <translation>指标表 %1</translation>
    </message>
    <message>
        <location filename="../../ui/print_history.py" line="45" />
        <source>Calls %1</source>
        <translation>来电 %1</translation>
    </message>
    <message>
        <location filename="../../ui/print_history.py" line="47" />
        <source> (masked)</source>
        <translation>（已脱敏）</translation>
    </message>
    <message>
        <location filename="../../ui/print_history.py" line="60" />
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../../ui/print_history.py" line="61" />
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
    <name>QueueList</name>
    <message>
        <location filename="../../ui/queue_page.py" line="215" />
        <source>More</source>
        <translation>加载更多</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="279" />
        <source>Nothing here.</source>
        <translation>暂无工单。</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../ui/queue_page.py" line="94" />
        <source>Time limit</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="94" />
        <source>Ticket</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="95" />
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="95" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="96" />
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="96" />
        <source>Subject</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="97" />
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="97" />
        <source>Received</source>
        <translation>来电时间</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="98" />
        <source>What is due</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="98" />
        <source>Due since</source>
        <translation>应办时间</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="99" />
        <source>Tries</source>
        <translation>已拨次数</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="99" />
        <source>Assigned to</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="100" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="119" />
        <source>Waiting %1</source>
        <translation>已等待%1</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="127" />
        <source>%1 · unassigned</source>
        <translation>%1 · 待领取</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="136" />
        <source>Call back</source>
        <translation>回电</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="137" />
        <source>Satisfaction visit</source>
        <translation>回访</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../ui/queue_page.py" line="49" />
        <source>%1 d %2 h</source>
        <translation>%1天%2小时</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="52" />
        <source>%1 h %2 min</source>
        <translation>%1小时%2分</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="54" />
        <source>%1 min</source>
        <translation>%1分钟</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="61" />
        <source>On time · %1 left</source>
        <translation>正常 · 剩余%1</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="64" />
        <source>At risk · %1 left</source>
        <translation>即将超时 · 剩余%1</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="67" />
        <source>Overdue · %1</source>
        <translation>已超时 · 超出%1</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="70" />
        <source>Paused · %1 left</source>
        <translation>已暂停 · 剩余%1</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="73" />
        <source>Met</source>
        <translation>按时完成</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="75" />
        <source>Missed · %1 late</source>
        <translation>超时完成 · 超出%1</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="77" />
        <source>No time limit</source>
        <translation>无时限</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="301" />
        <location filename="../../ui/queue_page.py" line="317" />
        <source>My queue</source>
        <translation>我的工单</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="304" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="313" />
        <source>To sign for</source>
        <translation>待签收</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="314" />
        <source>To sign for (%1)</source>
        <translation>待签收（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="318" />
        <source>Cases I am working on (%1)</source>
        <translation>我在办的工单（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="320" />
        <source>&amp;Sign for</source>
        <translation>签收(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="322" />
        <source>Acknowledge the case: it moves to my queue and counts as the first response</source>
        <translation>签收工单：移入我的工单，并计为首次响应</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="324" />
        <source>Sign for and s&amp;tart</source>
        <translation>签收并开始办理(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="328" />
        <source>St&amp;art work</source>
        <translation>开始办理(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="330" />
        <source>&amp;Open case</source>
        <translation>打开工单(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="349" />
        <source>Ordered by resolution due time. Enter or double-click opens the case. At risk: under 24 hours or a fifth of the time left.</source>
        <translation>按办结时限排序。回车或双击打开工单。即将超时：剩余不足24小时或不足时限的五分之一。</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="388" />
        <source>%1 cases to sign for · %2 in my queue · %3 call backs due</source>
        <translation>待签收 %1 件 · 在办 %2 件 · 待回访/回电 %3 件</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="449" />
        <source>Ticket %1: %2</source>
        <translation>工单 %1：%2</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../ui/register_page.py" line="44" />
        <source>No. (序号)</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="44" />
        <source>File no. (档号)</source>
        <translation>档号</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="45" />
        <source>Ticket (文号)</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="45" />
        <source>Responsible (责任者)</source>
        <translation>责任者</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="46" />
        <source>Title (题名)</source>
        <translation>题名</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="46" />
        <source>Date (日期)</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="47" />
        <source>Secrecy (密级)</source>
        <translation>密级</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="47" />
        <source>Pages (页数)</source>
        <translation>页数</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="48" />
        <source>Note (备注)</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="48" />
        <source>Retention (保管期限)</source>
        <translation>保管期限</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="49" />
        <source>Filed by (归档人)</source>
        <translation>归档人</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="49" />
        <source>Filed at (归档时间)</source>
        <translation>归档时间</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="50" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../ui/pages.py" line="150" />
        <location filename="../../ui/register_page.py" line="186" />
        <source>Archive register</source>
        <translation>档案登记</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="192" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="194" />
        <source>Register PDF</source>
        <translation>目录 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="202" />
        <source>Verify</source>
        <translation>核验</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="204" />
        <source>Reprint</source>
        <translation>重印</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="206" />
        <source>Open case</source>
        <translation>打开工单</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="216" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="234" />
        <source>Versions of the selected entry</source>
        <translation>所选条目的各版本</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="236" />
        <source>Prints and exports</source>
        <translation>打印与导出记录</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="293" />
        <source>%1 entries in the register of %2.</source>
        <translation>%2 年度登记 %1 件。</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="370" />
        <source>Checking…</source>
        <translation>正在核验…</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="374" />
        <source>Current: the file is v%1, the newest version, unchanged (its SHA-256 is the registered one).</source>
        <translation>现行：该文件为第 %1 版（最新版本），未被改动（SHA-256 与登记一致）。</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="376" />
        <source>Superseded: the file is v%1, unchanged, but v%2 is newer.</source>
        <translation>已被替代：该文件为第 %1 版，未被改动，但已有更新的第 %2 版。</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="378" />
        <source>CHANGED: the file %3 is not the registered v%1: its SHA-256 differs from the register.</source>
        <translation>已被改动：文件 %3 不是登记的第 %1 版，其 SHA-256 与登记不符。</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="380" />
        <source>Missing: the file %3 of v%1 is not there.</source>
        <translation>缺失：第 %1 版的文件 %3 不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="386" />
        <source>current</source>
        <translation>现行</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="386" />
        <source>superseded</source>
        <translation>已替代</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="387" />
        <source>CHANGED</source>
        <translation>已被改动</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="387" />
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="408" />
        <source>%1 v%2 — archival copy, as registered (SHA-256 checked)</source>
        <translation>%1 第 %2 版 — 归档正本，与登记一致（已核对 SHA-256）</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="430" />
        <source>Archive register %1 (归档文件目录)</source>
        <translation>%1 年度归档文件目录</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../ui/pages.py" line="153" />
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
        <location filename="../../ui/search_page.py" line="316" />
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
        <location filename="../../ui/app.py" line="93" />
        <location filename="../../ui/login_dialog.py" line="104" />
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
</context>
<context>
    <name>TaskManager</name>
    <message>
        <location filename="../../ui/tasks.py" line="282" />
        <source>Cancel</source>
        <translation>取消</translation>
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
        <location filename="../../ui/register_page.py" line="100" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="100" />
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="100" />
        <source>By</source>
        <translation>生成人</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="101" />
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="101" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="101" />
        <source>Verified</source>
        <translation>核验结果</translation>
    </message>
</context>
</TS>