<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH" sourcelanguage="en">
<context>
    <name>Attribution</name>
    <message>
        <source>(no touchpoints)</source>
        <translation>(ไม่มีจุดสัมผัส)</translation>
    </message>
    <message>
        <source>the half-life must be a positive number of days</source>
        <translation>ค่าครึ่งชีวิตต้องเป็นจำนวนวันที่มากกว่าศูนย์</translation>
    </message>
    <message>
        <source>First touch</source>
        <translation>จุดสัมผัสแรก</translation>
    </message>
    <message>
        <source>Lead creation</source>
        <translation>การสร้างลีด</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>จุดสัมผัสสุดท้าย</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>เชิงเส้น</translation>
    </message>
    <message>
        <source>U-shaped</source>
        <translation>รูปตัว U</translation>
    </message>
    <message>
        <source>W-shaped</source>
        <translation>รูปตัว W</translation>
    </message>
    <message>
        <source>Full path</source>
        <translation>เต็มเส้นทาง</translation>
    </message>
    <message>
        <source>Time decay</source>
        <translation>ลดทอนตามเวลา</translation>
    </message>
    <message>
        <source>

The journey: the contact&apos;s touchpoints at or before the conversion point (pipeline and opportunities: the opportunity&apos;s creation; revenue: the end of the close day of a won deal), in time order; touches on the same timestamp keep their import order. Touches after the conversion point get nothing. An opportunity without any touch in its journey is credited to &quot;(no touchpoints)&quot;, so every model adds up to the same total.
Anchors: the lead-creation touch is the last touch at or before the contact&apos;s creation (the first touch when all touches are later or the creation time is unknown); the opportunity-creation and closed-won touches are the last touch at or before those moments.
Cents: each opportunity is split in whole cents by the largest-remainder method: every touch gets the floor of its exact share, then the touches with the largest remainders get one more cent each (ties: the earlier touch) until the shares add up to the amount exactly.</source>
        <translation>

เส้นทาง: จุดสัมผัสของผู้ติดต่อ ณ หรือก่อนจุดคอนเวอร์ชัน (ไปป์ไลน์และโอกาสการขาย: เวลาที่สร้างโอกาสการขาย รายได้: สิ้นวันที่ปิดของดีลที่ชนะ) เรียงตามเวลา จุดสัมผัสที่มีเวลาเดียวกันจะคงลำดับตามการนำเข้า จุดสัมผัสหลังจุดคอนเวอร์ชันไม่ได้รับเครดิต โอกาสการขายที่ไม่มีจุดสัมผัสในเส้นทางเลยจะให้เครดิตแก่ &quot;(ไม่มีจุดสัมผัส)&quot; ทุกโมเดลจึงรวมได้ยอดเท่ากัน
จุดยึด: จุดสัมผัสการสร้างลีดคือจุดสัมผัสสุดท้าย ณ หรือก่อนเวลาที่สร้างผู้ติดต่อ (ใช้จุดสัมผัสแรกเมื่อทุกจุดสัมผัสเกิดทีหลังหรือไม่ทราบเวลาที่สร้าง) จุดสัมผัสการสร้างโอกาสการขายและจุดสัมผัสการปิดการขายได้คือจุดสัมผัสสุดท้าย ณ หรือก่อนเวลาดังกล่าว
เซ็นต์: แต่ละโอกาสการขายจะแบ่งเป็นเซ็นต์เต็มด้วยวิธีเศษเหลือมากที่สุด (largest remainder): ทุกจุดสัมผัสได้รับส่วนแบ่งที่แท้จริงของตนแบบปัดลง จากนั้นจุดสัมผัสที่มีเศษเหลือมากที่สุดจะได้เพิ่มจุดละหนึ่งเซ็นต์ (หากเท่ากัน: จุดสัมผัสที่เกิดก่อน) จนส่วนแบ่งรวมกันเท่ากับมูลค่าพอดี</translation>
    </message>
    <message>
        <source>First touch: 100% to the first touch of the journey.
One touch: it gets everything.</source>
        <translation>จุดสัมผัสแรก: 100% ให้จุดสัมผัสแรกของเส้นทาง
มีจุดสัมผัสเดียว: จุดนั้นได้ทั้งหมด</translation>
    </message>
    <message>
        <source>Lead creation: 100% to the lead-creation touch.
One touch: it gets everything. Contact created before any touch: the first touch.</source>
        <translation>การสร้างลีด: 100% ให้จุดสัมผัสการสร้างลีด
มีจุดสัมผัสเดียว: จุดนั้นได้ทั้งหมด ผู้ติดต่อที่สร้างก่อนมีจุดสัมผัสใดๆ: ให้จุดสัมผัสแรก</translation>
    </message>
    <message>
        <source>Last touch: 100% to the last touch before the conversion point.
One touch: it gets everything.</source>
        <translation>จุดสัมผัสสุดท้าย: 100% ให้จุดสัมผัสสุดท้ายก่อนจุดคอนเวอร์ชัน
มีจุดสัมผัสเดียว: จุดนั้นได้ทั้งหมด</translation>
    </message>
    <message>
        <source>Linear: amount ÷ n to each of the n touches.
Cents left over go one each to the earliest touches.</source>
        <translation>เชิงเส้น: มูลค่า ÷ n ให้แต่ละจุดสัมผัสจากทั้งหมด n จุด
เซ็นต์ที่เหลือจะให้จุดสัมผัสที่เกิดก่อนสุดจุดละหนึ่งเซ็นต์</translation>
    </message>
    <message>
        <source>U-shaped: 40% first touch, 40% lead-creation touch, 20% shared equally by every other touch of the journey (the middle).
Nothing in the middle (two touches): 50% / 50%. One touch, or the first touch is also the lead-creation touch: that touch gets 80% and the middle 20% (100% when alone).</source>
        <translation>รูปตัว U: 40% ให้จุดสัมผัสแรก 40% ให้จุดสัมผัสการสร้างลีด 20% แบ่งเท่ากันให้จุดสัมผัสอื่นทุกจุดในเส้นทาง (ช่วงกลาง)
ไม่มีช่วงกลาง (สองจุดสัมผัส): 50% / 50% มีจุดสัมผัสเดียว หรือจุดสัมผัสแรกเป็นจุดสัมผัสการสร้างลีดด้วย: จุดสัมผัสนั้นได้ 80% และช่วงกลางได้ 20% (100% เมื่อมีจุดเดียว)</translation>
    </message>
    <message>
        <source>W-shaped: 30% first touch, 30% lead-creation touch, 30% opportunity-creation touch, 10% shared equally by the rest.
A touch holding several anchors adds their shares (one touch: 100%). Nothing in the rest: the anchors share 100% in proportion (three distinct anchors: 33⅓% each).</source>
        <translation>รูปตัว W: 30% ให้จุดสัมผัสแรก 30% ให้จุดสัมผัสการสร้างลีด 30% ให้จุดสัมผัสการสร้างโอกาสการขาย 10% แบ่งเท่ากันให้จุดที่เหลือ
จุดสัมผัสที่เป็นจุดยึดหลายจุดจะได้ส่วนแบ่งรวมกัน (จุดสัมผัสเดียว: 100%) ไม่มีจุดที่เหลือ: จุดยึดแบ่ง 100% ตามสัดส่วน (จุดยึดสามจุดที่ต่างกัน: จุดละ 33⅓%)</translation>
    </message>
    <message>
        <source>Full path: 22.5% each to the first, lead-creation, opportunity-creation and closed-won touches, 10% shared equally by the rest.
Pipeline has no closed-won touch yet: its 22.5% is dropped and the other shares scale up in proportion (22.5 ÷ 77.5 = 29.03% per anchor, 12.90% to the rest). Anchors on the same touch add up; nothing in the rest: anchors share 100% in proportion.</source>
        <translation>เต็มเส้นทาง: จุดละ 22.5% ให้จุดสัมผัสแรก จุดสัมผัสการสร้างลีด จุดสัมผัสการสร้างโอกาสการขาย และจุดสัมผัสการปิดการขายได้ 10% แบ่งเท่ากันให้จุดที่เหลือ
ไปป์ไลน์ยังไม่มีจุดสัมผัสการปิดการขายได้: ตัดส่วน 22.5% นั้นออกและขยายส่วนแบ่งอื่นตามสัดส่วน (22.5 ÷ 77.5 = 29.03% ต่อจุดยึด 12.90% ให้จุดที่เหลือ) จุดยึดที่อยู่บนจุดสัมผัสเดียวกันจะรวมกัน ไม่มีจุดที่เหลือ: จุดยึดแบ่ง 100% ตามสัดส่วน</translation>
    </message>
    <message>
        <source>Time decay: each touch weighs 2^(−d ÷ h), d = days from the touch to the conversion point, h = the half-life (default 7 days); credit = amount × weight ÷ sum of weights.
One touch: 100%. Two touches h days apart: 2/3 and 1/3. Touches on the same timestamp weigh the same. Weights are kept to 32 binary places, so a touch more than 32 half-lives older than the newest gets 0.</source>
        <translation>ลดทอนตามเวลา: แต่ละจุดสัมผัสมีน้ำหนัก 2^(−d ÷ h) โดย d = จำนวนวันจากจุดสัมผัสถึงจุดคอนเวอร์ชัน h = ค่าครึ่งชีวิต (ค่าเริ่มต้น 7 วัน) เครดิต = มูลค่า × น้ำหนัก ÷ ผลรวมน้ำหนัก
มีจุดสัมผัสเดียว: 100% สองจุดสัมผัสห่างกัน h วัน: 2/3 และ 1/3 จุดสัมผัสที่มีเวลาเดียวกันมีน้ำหนักเท่ากัน น้ำหนักเก็บไว้ 32 ตำแหน่งฐานสอง ดังนั้นจุดสัมผัสที่เก่ากว่าจุดล่าสุดเกิน 32 ช่วงครึ่งชีวิตจะได้ 0</translation>
    </message>
</context>
<context>
    <name>BenchmarkDialog</name>
    <message>
        <source>Suggested benchmarks</source>
        <translation>ค่าอ้างอิงที่แนะนำ</translation>
    </message>
    <message>
        <source>A new workspace has no targets: a target is what both teams agree to be judged by. These are common B2B benchmarks. Tick the ones both teams agree to adopt; each becomes the KPI&apos;s target for every week, month and quarter, and the change log records who adopted it and when.</source>
        <translation>เวิร์กสเปซใหม่ยังไม่มีเป้าหมาย เพราะเป้าหมายคือสิ่งที่ทั้งสองทีมตกลงร่วมกันว่าจะใช้วัดผล ค่าด้านล่างนี้เป็นค่าอ้างอิงทั่วไปของธุรกิจ B2B ให้ติ๊กเฉพาะค่าที่ทั้งสองทีมตกลงจะใช้ แต่ละค่าจะกลายเป็นเป้าหมายของ KPI นั้นทุกสัปดาห์ เดือน และไตรมาส และบันทึกการเปลี่ยนแปลงจะระบุว่าใครรับมาใช้และเมื่อใด</translation>
    </message>
    <message>
        <source>&amp;Why (for the change log):</source>
        <translation>เหตุผล (สำหรับบันทึกการเปลี่ยนแปลง)(&amp;W):</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>เหตุผล</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to team workspace</source>
        <translation>เชื่อมต่อเวิร์กสเปซของทีม</translation>
    </message>
    <message>
        <source>A team workspace lives in a PostgreSQL database on a server your team shares. Ask whoever runs the server for these details.</source>
        <translation>เวิร์กสเปซของทีมเก็บอยู่ในฐานข้อมูล PostgreSQL บนเซิร์ฟเวอร์ที่ทีมใช้ร่วมกัน ขอรายละเอียดเหล่านี้จากผู้ดูแลเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>โฮสต์(&amp;H):</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>โฮสต์ของเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>db.example.com</source>
        <translation>db.example.com</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>พอร์ต(&amp;P):</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>พอร์ตของเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>ฐานข้อมูล(&amp;D):</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>ฐานข้อมูล</translation>
    </message>
    <message>
        <source>revalign</source>
        <translation>revalign</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ผู้ใช้(&amp;U):</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>TLS(&amp;T):</translation>
    </message>
    <message>
        <source>TLS mode</source>
        <translation>โหมด TLS</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>ใบรับรอง CA(&amp;C):</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>ไฟล์ใบรับรอง CA</translation>
    </message>
    <message>
        <source>The certificate that signed the server&apos;s (for verify-full)</source>
        <translation>ใบรับรองที่ลงนามใบรับรองของเซิร์ฟเวอร์ (สำหรับ verify-full)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>เลือกไฟล์(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>เลือกไฟล์ใบรับรอง CA</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>รหัสผ่าน(&amp;W):</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <source>Empty: from the keychain or ~/.pgpass</source>
        <translation>เว้นว่าง: ใช้จากพวงกุญแจของระบบหรือ ~/.pgpass</translation>
    </message>
    <message>
        <source>&amp;Remember password in the system keychain</source>
        <translation>จำรหัสผ่านไว้ในพวงกุญแจของระบบ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>ทดสอบการเชื่อมต่อ(&amp;T)</translation>
    </message>
    <message>
        <source>Cr&amp;eate team workspace here</source>
        <translation>สร้างเวิร์กสเปซของทีมที่นี่(&amp;E)</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>ผลการทดสอบการเชื่อมต่อ</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>The system keychain is not available (%1): RevAlign cannot remember passwords and will ask for them each time.</source>
        <translation>ไม่มีพวงกุญแจของระบบให้ใช้ (%1): RevAlign จำรหัสผ่านไม่ได้ และจะถามรหัสผ่านทุกครั้ง</translation>
    </message>
</context>
<context>
    <name>DataQuality</name>
    <message>
        <source>Deals closed before they were created</source>
        <translation>ดีลที่ปิดก่อนวันที่สร้าง</translation>
    </message>
    <message>
        <source>Left out of the sales cycle and sales velocity; still counted in bookings and win rate.</source>
        <translation>ไม่นำมาคิดรอบการขายและความเร็วการขาย แต่ยังนับในยอดปิดการขายและอัตราการปิดการขาย</translation>
    </message>
    <message>
        <source>Deals won before their contact was first seen</source>
        <translation>ดีลที่ปิดได้ก่อนที่ผู้ติดต่อของดีลจะถูกบันทึกครั้งแรก</translation>
    </message>
    <message>
        <source>Contacts whose stage dates are out of order (a later stage dated before an earlier one)</source>
        <translation>ผู้ติดต่อที่วันที่ของขั้นเรียงผิดลำดับ (ขั้นหลังลงวันที่ก่อนขั้นก่อนหน้า)</translation>
    </message>
    <message>
        <source>The impossible intervals are left out of time in stage; the stages still count.</source>
        <translation>ช่วงเวลาที่เป็นไปไม่ได้จะไม่นำมาคิดเวลาในแต่ละขั้น แต่ยังนับจำนวนในขั้นตามปกติ</translation>
    </message>
    <message>
        <source>Deals without an amount</source>
        <translation>ดีลที่ไม่มีมูลค่า</translation>
    </message>
    <message>
        <source>Counted with amount 0 in pipeline, bookings and deal size.</source>
        <translation>นับเป็นมูลค่า 0 ในไปป์ไลน์ ยอดปิดการขาย และขนาดดีล</translation>
    </message>
    <message>
        <source>Open deals past their close date</source>
        <translation>ดีลที่ยังเปิดอยู่แต่เลยวันที่คาดว่าจะปิดแล้ว</translation>
    </message>
    <message>
        <source>Still counted as open pipeline: the close date needs updating in the CRM.</source>
        <translation>ยังนับเป็นไปป์ไลน์ที่เปิดอยู่ ควรอัปเดตวันที่ปิดใน CRM</translation>
    </message>
    <message>
        <source>Deals in a deal stage no one has defined</source>
        <translation>ดีลที่อยู่ในขั้นการขายที่ยังไม่มีใครกำหนดนิยาม</translation>
    </message>
    <message>
        <source>Weighted with the deal&apos;s own probability, else 0; define the stage to give it a probability and a forecast category.</source>
        <translation>ถ่วงน้ำหนักด้วยความน่าจะเป็นของดีลเอง ถ้าไม่มีจะเป็น 0 ควรกำหนดนิยามขั้นนี้เพื่อให้มีความน่าจะเป็นและหมวดการคาดการณ์</translation>
    </message>
    <message>
        <source>Contacts without any date</source>
        <translation>ผู้ติดต่อที่ไม่มีวันที่ใดเลย</translation>
    </message>
    <message>
        <source>In no period: counted only when the range is All time.</source>
        <translation>ไม่อยู่ในช่วงเวลาใด จะนับเฉพาะเมื่อเลือกช่วง “ตลอดเวลา”</translation>
    </message>
    <message>
        <source>Deals without a creation date, or closed without a close date</source>
        <translation>ดีลที่ไม่มีวันที่สร้าง หรือปิดแล้วแต่ไม่มีวันที่ปิด</translation>
    </message>
    <message>
        <source>Left out of the period figures that need the date; counted when the range is All time.</source>
        <translation>ไม่นำมาคิดตัวเลขรายช่วงเวลาที่ต้องใช้วันที่นั้น แต่จะนับเมื่อเลือกช่วง “ตลอดเวลา”</translation>
    </message>
    <message>
        <source>The same person in more than one record (same email)</source>
        <translation>บุคคลเดียวกันอยู่ในมากกว่าหนึ่งเรคคอร์ด (อีเมลเดียวกัน)</translation>
    </message>
    <message>
        <source>Each record counts as a lead of its own: merge them in the CRM, or import one source per person.</source>
        <translation>แต่ละเรคคอร์ดนับเป็นลีดแยกกัน ควรรวมเรคคอร์ดใน CRM หรือนำเข้าเพียงแหล่งเดียวต่อหนึ่งคน</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: เปิดไม่ได้: %2</translation>
    </message>
    <message>
        <source>the disk is full (nothing was written)</source>
        <translation>ดิสก์เต็ม (ไม่ได้เขียนข้อมูลใดๆ)</translation>
    </message>
    <message>
        <source>not a RevAlign workspace (not an SQLite file)</source>
        <translation>ไม่ใช่เวิร์กสเปซของ RevAlign (ไม่ใช่ไฟล์ SQLite)</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>ไฟล์เสียหาย (%1)</translation>
    </message>
    <message>
        <source>the workspace is open read-only here: nothing can be changed</source>
        <translation>เวิร์กสเปซนี้เปิดแบบอ่านอย่างเดียวที่นี่: เปลี่ยนแปลงอะไรไม่ได้</translation>
    </message>
    <message>
        <source>the disk could not be read or written; check that the drive is still connected and has free space (%1)</source>
        <translation>อ่านหรือเขียนดิสก์ไม่ได้ ตรวจสอบว่าไดรฟ์ยังเชื่อมต่ออยู่และมีพื้นที่ว่าง (%1)</translation>
    </message>
    <message>
        <source>cannot open the file, or create its journal files (%1-wal, %1-shm) beside it: the folder may be read-only, missing or on a full disk</source>
        <translation>เปิดไฟล์ไม่ได้ หรือสร้างไฟล์บันทึกของไฟล์ (%1-wal, %1-shm) ไว้ข้างกันไม่ได้: โฟลเดอร์อาจเป็นแบบอ่านอย่างเดียว ไม่มีอยู่ หรืออยู่บนดิสก์ที่เต็ม</translation>
    </message>
    <message>
        <source>another program is writing to the workspace; try again when it has finished</source>
        <translation>มีโปรแกรมอื่นกำลังเขียนลงเวิร์กสเปซนี้ ลองอีกครั้งเมื่อโปรแกรมนั้นทำเสร็จ</translation>
    </message>
    <message>
        <source>another import is writing to the workspace (%1); try again when it has finished</source>
        <translation>มีการนำเข้าอื่นกำลังเขียนลงเวิร์กสเปซนี้ (%1) ลองอีกครั้งเมื่อการนำเข้านั้นเสร็จ</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ดิสก์เต็ม</translation>
    </message>
    <message>
        <source>%1: the workspace is open read-only (%2): nothing can be changed</source>
        <translation>%1: เวิร์กสเปซเปิดแบบอ่านอย่างเดียว (%2): เปลี่ยนแปลงอะไรไม่ได้</translation>
    </message>
    <message>
        <source>%1: the statement failed</source>
        <translation>%1: คำสั่งล้มเหลว</translation>
    </message>
</context>
<context>
    <name>DealStageDialog</name>
    <message>
        <source>Deal stage</source>
        <translation>ขั้นของดีล</translation>
    </message>
    <message>
        <source>Deal stage:</source>
        <translation>ขั้นของดีล:</translation>
    </message>
    <message>
        <source>Deal stage name</source>
        <translation>ชื่อขั้นของดีล</translation>
    </message>
    <message>
        <source>&amp;Deals in it are:</source>
        <translation>ดีลในขั้นนี้&amp;ถือว่า:</translation>
    </message>
    <message>
        <source>Open, won or lost</source>
        <translation>เปิดอยู่ ปิดการขายสำเร็จ หรือไม่สำเร็จ</translation>
    </message>
    <message>
        <source>&amp;Probability:</source>
        <translation>&amp;ความน่าจะเป็น:</translation>
    </message>
    <message>
        <source>Probability in percent</source>
        <translation>ความน่าจะเป็นเป็นเปอร์เซ็นต์</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Forecast category:</source>
        <translation>หมวด&amp;การพยากรณ์:</translation>
    </message>
    <message>
        <source>Forecast category</source>
        <translation>หมวดการพยากรณ์</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;ลำดับ:</translation>
    </message>
    <message>
        <source>Position in the sales process</source>
        <translation>ตำแหน่งในกระบวนการขาย</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>หมายเหตุ(&amp;N):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Why the change (optional; kept in the change log)</source>
        <translation>เหตุผลที่เปลี่ยน (ไม่บังคับ; เก็บไว้ในบันทึกการเปลี่ยนแปลง)</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>เปลี่ยนโดย</translation>
    </message>
</context>
<context>
    <name>DealStageOutcome</name>
    <message>
        <source>Open</source>
        <translation>เปิดอยู่</translation>
    </message>
    <message>
        <source>Closed won</source>
        <translation>ปิดการขายสำเร็จ</translation>
    </message>
    <message>
        <source>Closed lost</source>
        <translation>ปิดการขายไม่สำเร็จ</translation>
    </message>
</context>
<context>
    <name>DefinitionService</name>
    <message>
        <source>The change log will record this change as made by %1.</source>
        <translation>บันทึกการเปลี่ยนแปลงจะระบุว่าการเปลี่ยนแปลงนี้ทำโดย %1</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>โฟลเดอร์</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>เพิ่มไฟล์…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <source>The files are imported together, in one step, in the order their records depend on each other (owners, accounts and campaigns, leads, contacts, deals, then activities), whatever order they are listed in. A reference to a record no file has yet is kept until it is imported.</source>
        <translation>ไฟล์ทั้งหมดจะถูกนำเข้าพร้อมกันในขั้นตอนเดียว ตามลำดับที่เรคคอร์ดอ้างอิงถึงกัน (ผู้รับผิดชอบ บัญชีบริษัทและแคมเปญ ลีด ผู้ติดต่อ ดีล แล้วจึงเป็นกิจกรรม) ไม่ว่าจะเรียงไฟล์ไว้อย่างไร การอ้างอิงถึงเรคคอร์ดที่ยังไม่มีในไฟล์ใดจะถูกเก็บไว้จนกว่าจะนำเข้าเรคคอร์ดนั้น</translation>
    </message>
    <message>
        <source>Choose the CSV or Excel (.xlsx) exports to import (HubSpot, Salesforce, Pipedrive, Marketo or your own columns). You can also drop files on the main window.</source>
        <translation>เลือกไฟล์ CSV หรือ Excel (.xlsx) ที่ส่งออกมาเพื่อนำเข้า (HubSpot, Salesforce, Pipedrive, Marketo หรือคอลัมน์ของคุณเอง) หรือลากไฟล์มาวางบนหน้าต่างหลักก็ได้</translation>
    </message>
    <message>
        <source>Exported on:</source>
        <translation>วันที่ส่งออก:</translation>
    </message>
    <message>
        <source>Exported on</source>
        <translation>วันที่ส่งออก</translation>
    </message>
    <message>
        <source>Each deals file is a snapshot of the pipeline as of this day (the end of it, or now for today): importing last week&apos;s export with its own date fills the history.</source>
        <translation>ไฟล์ดีลแต่ละไฟล์คือสแนปช็อตของไปป์ไลน์ ณ วันนี้ (สิ้นวัน หรือเวลานี้หากเป็นวันนี้): นำเข้าไฟล์ส่งออกของสัปดาห์ก่อนพร้อมวันที่ของไฟล์นั้นเพื่อเติมประวัติย้อนหลัง</translation>
    </message>
</context>
<context>
    <name>ForecastCategory</name>
    <message>
        <source>Omitted</source>
        <translation>ไม่นับรวม</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>ไปป์ไลน์</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>กรณีดีที่สุด</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>มั่นใจว่าปิดได้</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ปิดแล้ว</translation>
    </message>
</context>
<context>
    <name>FormatPage</name>
    <message>
        <source>&amp;File:</source>
        <translation>ไฟล์(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>โปรไฟล์(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>การเข้ารหัสอักขระ(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>ตัวคั่น(&amp;D):</translation>
    </message>
    <message>
        <source>D&amp;ate order:</source>
        <translation>ลำดับวันที่(&amp;A):</translation>
    </message>
    <message>
        <source>Decimal &amp;mark:</source>
        <translation>เครื่องหมายทศนิยม(&amp;M):</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>ชีต(&amp;H):</translation>
    </message>
    <message>
        <source>The sheet of the workbook to import</source>
        <translation>ชีตของเวิร์กบุ๊กที่จะนำเข้า</translation>
    </message>
</context>
<context>
    <name>FunnelStage</name>
    <message>
        <source>Lead</source>
        <translation>ลีด</translation>
    </message>
    <message>
        <source>A person we can reach (valid email or phone) who gave us their details or was added by a rep. Counted when the record is created.</source>
        <translation>บุคคลที่เราติดต่อได้ (มีอีเมลหรือเบอร์โทรที่ใช้ได้) ซึ่งให้ข้อมูลกับเราเองหรือพนักงานขายเป็นผู้เพิ่ม นับเมื่อมีการสร้างเรคคอร์ด</translation>
    </message>
    <message>
        <source>MQL</source>
        <translation>MQL</translation>
    </message>
    <message>
        <source>Marketing-qualified lead: fits a persona and reached the agreed lead score (fit + engagement), or asked for a demo or pricing. Handed to sales when it becomes an MQL.</source>
        <translation>ลีดที่ผ่านการคัดกรองจากการตลาด: ตรงกับเพอร์โซนาและมีคะแนนลีดถึงเกณฑ์ที่ตกลงกัน (ความเหมาะสม + การมีส่วนร่วม) หรือขอเดโมหรือขอราคา ส่งต่อให้ฝ่ายขายเมื่อกลายเป็น MQL</translation>
    </message>
    <message>
        <source>SAL</source>
        <translation>SAL</translation>
    </message>
    <message>
        <source>Sales-accepted lead: an SDR reviewed the MQL and agreed to work it. Rejections need a reason from the agreed list. SLA: accept or reject within 24 business hours of the MQL.</source>
        <translation>ลีดที่ฝ่ายขายยอมรับ: SDR ตรวจสอบ MQL แล้วตกลงรับไปดำเนินการ การปฏิเสธต้องระบุเหตุผลจากรายการที่ตกลงกันไว้ SLA: ยอมรับหรือปฏิเสธภายใน 24 ชั่วโมงทำการนับจากเป็น MQL</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Sales-qualified lead: a conversation confirmed need, authority, budget and timing (BANT); ready for an AE.</source>
        <translation>ลีดที่ผ่านการคัดกรองจากฝ่ายขาย: การพูดคุยยืนยันความต้องการ อำนาจตัดสินใจ งบประมาณ และช่วงเวลา (BANT) แล้ว พร้อมส่งต่อให้ AE</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>โอกาสการขาย</translation>
    </message>
    <message>
        <source>An AE opened a deal with an amount and a close date in the CRM.</source>
        <translation>AE เปิดดีลใน CRM พร้อมระบุมูลค่าและวันที่คาดว่าจะปิด</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>The deal was won: a signed contract or first invoice.</source>
        <translation>ปิดดีลได้แล้ว: มีสัญญาที่ลงนามหรือใบแจ้งหนี้ใบแรก</translation>
    </message>
</context>
<context>
    <name>GuiApplication</name>
    <message>
        <source>an unexpected error occurred</source>
        <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>no import profile named &apos;%1&apos; (known: %2)</source>
        <translation>ไม่มีโปรไฟล์การนำเข้าชื่อ &apos;%1&apos; (ที่รู้จัก: %2)</translation>
    </message>
    <message>
        <source>unknown encoding &apos;%1&apos;</source>
        <translation>การเข้ารหัสอักขระ &apos;%1&apos; ที่ไม่รู้จัก</translation>
    </message>
    <message>
        <source>saved profile &apos;%1&apos;</source>
        <translation>บันทึกโปรไฟล์ &apos;%1&apos; แล้ว</translation>
    </message>
    <message>
        <source>import cancelled; nothing was written</source>
        <translation>ยกเลิกการนำเข้าแล้ว ไม่มีการเขียนข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: อ่านไม่ได้: %2</translation>
    </message>
    <message>
        <source>%1: unknown encoding &apos;%2&apos;</source>
        <translation>%1: การเข้ารหัสอักขระ &apos;%2&apos; ที่ไม่รู้จัก</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: invalid byte sequence %4 for encoding %5 (name the file&apos;s encoding with --encoding)</source>
        <translation>%1: บรรทัด %2 คอลัมน์ %3: ลำดับไบต์ %4 ไม่ถูกต้องสำหรับการเข้ารหัส %5 (ระบุการเข้ารหัสของไฟล์ด้วย --encoding)</translation>
    </message>
    <message>
        <source>%1: no import profile recognises this header; choose one with --profile</source>
        <translation>%1: ไม่มีโปรไฟล์การนำเข้าใดรู้จักส่วนหัวนี้ เลือกโปรไฟล์ด้วย --profile</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: ไฟล์ว่างเปล่า</translation>
    </message>
    <message>
        <source>the header ends with a delimiter; the empty last column is ignored</source>
        <translation>ส่วนหัวลงท้ายด้วยตัวคั่น จึงละเว้นคอลัมน์สุดท้ายที่ว่าง</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>คอลัมน์ %1</translation>
    </message>
    <message>
        <source>column %1 has no name; called it &apos;%2&apos;</source>
        <translation>คอลัมน์ %1 ไม่มีชื่อ จึงตั้งชื่อเป็น &apos;%2&apos;</translation>
    </message>
    <message>
        <source>column %1 repeats the name &apos;%2&apos;; called it &apos;%3&apos;</source>
        <translation>คอลัมน์ %1 ใช้ชื่อ &apos;%2&apos; ซ้ำ จึงตั้งชื่อเป็น &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: column &apos;%2&apos;: dates such as &apos;%3&apos; read both as month/day and as day/month; choose with --date-order mdy or dmy</source>
        <translation>%1: คอลัมน์ &apos;%2&apos;: วันที่อย่าง &apos;%3&apos; อ่านได้ทั้งแบบเดือน/วันและวัน/เดือน เลือกด้วย --date-order mdy หรือ dmy</translation>
    </message>
    <message>
        <source>%1: column &apos;%2&apos;: numbers such as &apos;%3&apos; read differently with a decimal point and a decimal comma; choose with --decimal dot or comma</source>
        <translation>%1: คอลัมน์ &apos;%2&apos;: ตัวเลขอย่าง &apos;%3&apos; อ่านได้ต่างกันเมื่อใช้จุดหรือจุลภาคเป็นตัวคั่นทศนิยม เลือกด้วย --decimal dot หรือ comma</translation>
    </message>
    <message>
        <source>not an email address</source>
        <translation>ไม่ใช่ที่อยู่อีเมล</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>ไม่ใช่ตัวเลข</translation>
    </message>
    <message>
        <source>a probability must be between 0 and 100 %</source>
        <translation>ความน่าจะเป็นต้องอยู่ระหว่าง 0 ถึง 100 %</translation>
    </message>
    <message>
        <source>not a date in the column&apos;s format (%1)</source>
        <translation>ไม่ใช่วันที่ตามรูปแบบของคอลัมน์ (%1)</translation>
    </message>
    <message>
        <source>not a yes/no value</source>
        <translation>ไม่ใช่ค่าใช่/ไม่ใช่</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>ฟิลด์ที่เปิดเครื่องหมายคำพูดไว้ไม่ได้ปิดก่อนสิ้นสุดไฟล์</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>ควรมี %1 ฟิลด์ตามส่วนหัว แต่พบ %2 ฟิลด์</translation>
    </message>
    <message>
        <source>no value for %1</source>
        <translation>ไม่มีค่าของ %1</translation>
    </message>
    <message>
        <source>the record id or the email</source>
        <translation>id ของเรคคอร์ดหรืออีเมล</translation>
    </message>
    <message>
        <source>the record id</source>
        <translation>id ของเรคคอร์ด</translation>
    </message>
    <message>
        <source>the campaign id</source>
        <translation>id ของแคมเปญ</translation>
    </message>
    <message>
        <source>the lead or contact id</source>
        <translation>id ของลีดหรือผู้ติดต่อ</translation>
    </message>
    <message>
        <source>the date of the touch</source>
        <translation>วันที่ของจุดสัมผัส</translation>
    </message>
    <message>
        <source>no %1 contact or lead with id &apos;%2&apos; in the workspace</source>
        <translation>ไม่มีผู้ติดต่อหรือลีดจาก %1 ที่มี id &apos;%2&apos; ในเวิร์กสเปซ</translation>
    </message>
    <message>
        <source>%1: the header fits %2 equally well (%3 columns each); choose one with --profile</source>
        <translation>%1: ส่วนหัวนี้เข้ากับ %2 ได้ดีเท่ากัน (ตรงกันโปรไฟล์ละ %3 คอลัมน์) เลือกโปรไฟล์ด้วย --profile</translation>
    </message>
    <message>
        <source> and </source>
        <translation> และ </translation>
    </message>
    <message>
        <source>&apos;%1&apos; (the header has %2, which its files never have)</source>
        <translation>&apos;%1&apos; (ส่วนหัวมี %2 ซึ่งไฟล์ของโปรไฟล์นี้ไม่มีวันมี)</translation>
    </message>
    <message>
        <source>%1: no import profile recognises this header: not %2; choose one with --profile</source>
        <translation>%1: ไม่มีโปรไฟล์การนำเข้าใดรู้จักส่วนหัวนี้: ไม่ใช่ %2 เลือกโปรไฟล์ด้วย --profile</translation>
    </message>
    <message>
        <source>the owner&apos;s name or user id</source>
        <translation>ชื่อหรือ user id ของผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>no value for the owner&apos;s name or id</source>
        <translation>ไม่มีค่าของชื่อหรือ id ของผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>line %1: owner &apos;%2&apos; (id %3) is called &apos;%4&apos; in this file, the name of another owner; kept as &apos;%2&apos;</source>
        <translation>บรรทัด %1: ผู้รับผิดชอบ &apos;%2&apos; (id %3) ในไฟล์นี้ชื่อ &apos;%4&apos; ซึ่งเป็นชื่อของผู้รับผิดชอบอีกคน จึงคงชื่อ &apos;%2&apos; ไว้</translation>
    </message>
    <message numerus="yes">
        <source>role &apos;%1&apos; is not one of RevAlign&apos;s roles (%2): %n owner(s) got the role &apos;%3&apos;, with &apos;%1&apos; as their title where the file gives none; map it under values.role</source>
        <translation>
            <numerusform>บทบาท &apos;%1&apos; ไม่ใช่บทบาทของ RevAlign (%2): ผู้รับผิดชอบ %n คนได้บทบาท &apos;%3&apos; และใช้ &apos;%1&apos; เป็นตำแหน่งเมื่อไฟล์ไม่ได้ระบุตำแหน่ง จับคู่บทบาทนี้ได้ใน values.role</numerusform>
        </translation>
    </message>
    <message>
        <source>(other values)</source>
        <translation>(ค่าอื่น ๆ)</translation>
    </message>
    <message>
        <source>%1 rows: lines %2</source>
        <translation>%1 แถว: บรรทัด %2</translation>
    </message>
    <message>
        <source>too large: amounts are kept as exact cents up to 90,071,992,547,409.91</source>
        <translation>ค่ามากเกินไป: จำนวนเงินเก็บเป็นสตางค์ (เซ็นต์) แบบตรงตัวได้ไม่เกิน 90,071,992,547,409.91</translation>
    </message>
    <message>
        <source>too large: whole numbers go up to 9,007,199,254,740,991</source>
        <translation>ค่ามากเกินไป: จำนวนเต็มมีได้ไม่เกิน 9,007,199,254,740,991</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>ค่ามากเกินไป</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>ไม่ใช่จำนวนเต็ม</translation>
    </message>
    <message>
        <source>more decimals than cents: amounts are kept exact and never rounded silently</source>
        <translation>มีทศนิยมเกินหลักสตางค์ (เซ็นต์): จำนวนเงินเก็บแบบตรงตัวและไม่ถูกปัดเศษโดยไม่แจ้ง</translation>
    </message>
    <message>
        <source>a NUL byte in the field (a damaged file, or UTF-16 text read as something else: name the encoding with --encoding)</source>
        <translation>มีไบต์ NUL ในฟิลด์ (ไฟล์เสียหาย หรือข้อความ UTF-16 ที่ถูกอ่านเป็นการเข้ารหัสอื่น: ระบุการเข้ารหัสด้วย --encoding)</translation>
    </message>
    <message>
        <source>column %1 (%2): %3 values read as empty (%4)</source>
        <translation>คอลัมน์ %1 (%2): อ่าน %3 ค่าเป็นค่าว่าง (%4)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; read as &apos;%3&apos; in %4 rows: %5</source>
        <translation>%1: อ่าน &apos;%2&apos; เป็น &apos;%3&apos; ใน %4 แถว: %5</translation>
    </message>
    <message>
        <source>not a known %1 (known: %2; map other values under values.%1 in the profile)</source>
        <translation>ไม่ใช่ค่า %1 ที่รู้จัก (ที่รู้จัก: %2 ค่าอื่นให้จับคู่ไว้ใน values.%1 ของโปรไฟล์)</translation>
    </message>
    <message>
        <source>not a funnel stage (known: %1)</source>
        <translation>ไม่ใช่ขั้นของฟันเนล (ที่รู้จัก: %1)</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: a quoted field is not closed before the record reaches %4; look for a missing closing quote in that field</source>
        <translation>%1: บรรทัด %2 คอลัมน์ %3: ฟิลด์ที่อยู่ในเครื่องหมายคำพูดไม่ถูกปิดก่อนที่เรคคอร์ดจะยาวถึง %4 ตรวจหาเครื่องหมายคำพูดปิดที่หายไปในฟิลด์นั้น</translation>
    </message>
    <message>
        <source>%1: line %2: a record longer than %3 without a line end (is this a CSV file?)</source>
        <translation>%1: บรรทัด %2: เรคคอร์ดยาวเกิน %3 โดยไม่มีการขึ้นบรรทัดใหม่ (ไฟล์นี้เป็นไฟล์ CSV หรือไม่)</translation>
    </message>
    <message>
        <source>the file has a header but no rows: nothing to import</source>
        <translation>ไฟล์มีส่วนหัวแต่ไม่มีแถวข้อมูล: ไม่มีอะไรให้นำเข้า</translation>
    </message>
    <message>
        <source>line %1: id %2 → contact %3, %4</source>
        <translation>บรรทัด %1: id %2 → ผู้ติดต่อ %3, %4</translation>
    </message>
    <message>
        <source>line %1: id %2 and contact %3 share %4</source>
        <translation>บรรทัด %1: id %2 และผู้ติดต่อ %3 ใช้ %4 ร่วมกัน</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) matched an existing contact by email, not by id, and were merged into it (e.g. %1)</source>
        <translation>
            <numerusform>%n แถวตรงกับผู้ติดต่อที่มีอยู่แล้วด้วยอีเมล ไม่ใช่ด้วย id จึงรวมเข้ากับผู้ติดต่อนั้น (เช่น %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have the email of a contact whose own id is also in this file: kept as contacts of their own, not merged (e.g. %1)</source>
        <translation>
            <numerusform>%n แถวมีอีเมลของผู้ติดต่อที่ id ของผู้ติดต่อนั้นอยู่ในไฟล์นี้ด้วย: เก็บเป็นผู้ติดต่อแยกต่างหาก ไม่รวมกัน (เช่น %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have the email of a contact that another row of this file already matched: kept as contacts of their own, not merged (e.g. %1)</source>
        <translation>
            <numerusform>%n แถวมีอีเมลของผู้ติดต่อที่แถวอื่นในไฟล์นี้จับคู่ไปแล้ว: เก็บเป็นผู้ติดต่อแยกต่างหาก ไม่รวมกัน (เช่น %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the workbook is password-protected (encrypted), so it cannot be read; remove the password in Excel (File &gt; Info &gt; Protect Workbook) and save it again, or save it as CSV</source>
        <translation>%1: เวิร์กบุ๊กนี้ตั้งรหัสผ่านไว้ (เข้ารหัส) จึงอ่านไม่ได้ ให้เอารหัสผ่านออกใน Excel (ไฟล์ &gt; ข้อมูล &gt; ป้องกันเวิร์กบุ๊ก) แล้วบันทึกใหม่ หรือบันทึกเป็น CSV</translation>
    </message>
    <message>
        <source>%1: an Excel 97-2003 workbook (.xls), which RevAlign does not read; save it as .xlsx or CSV in Excel</source>
        <translation>%1: เป็นเวิร์กบุ๊ก Excel 97-2003 (.xls) ซึ่ง RevAlign อ่านไม่ได้ ให้บันทึกเป็น .xlsx หรือ CSV ใน Excel</translation>
    </message>
    <message>
        <source>%1: an Office file but not an Excel workbook</source>
        <translation>%1: เป็นไฟล์ Office แต่ไม่ใช่เวิร์กบุ๊ก Excel</translation>
    </message>
    <message>
        <source>%1: named like an Excel workbook, but it is not one (no zip archive inside: a CSV or text file renamed?); rename it .csv to import it as CSV</source>
        <translation>%1: ชื่อไฟล์เหมือนเวิร์กบุ๊ก Excel แต่ไม่ใช่ (ข้างในไม่ใช่ไฟล์ zip: อาจเป็นไฟล์ CSV หรือไฟล์ข้อความที่ถูกเปลี่ยนชื่อ) ให้เปลี่ยนชื่อเป็น .csv เพื่อนำเข้าแบบ CSV</translation>
    </message>
    <message>
        <source>%1: sheet &apos;%2&apos; is empty</source>
        <translation>%1: ชีต &apos;%2&apos; ว่างเปล่า</translation>
    </message>
    <message>
        <source>%1: the workbook has no sheets</source>
        <translation>%1: เวิร์กบุ๊กนี้ไม่มีชีตเลย</translation>
    </message>
    <message>
        <source>%1: the workbook has no sheet &apos;%2&apos;; its sheets are %3</source>
        <translation>%1: เวิร์กบุ๊กนี้ไม่มีชีต &apos;%2&apos; ชีตที่มีคือ %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (hidden)</source>
        <translation>&apos;%1&apos; (ซ่อนอยู่)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (empty)</source>
        <translation>&apos;%1&apos; (ว่าง)</translation>
    </message>
    <message>
        <source>sheet %1 passed over; read sheet &apos;%2&apos;</source>
        <translation>ข้ามชีต %1 และอ่านชีต &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the workbook has more sheets (%1), not read; choose one with --sheet</source>
        <translation>เวิร์กบุ๊กยังมีชีตอื่นอีก (%1) ซึ่งไม่ได้อ่าน เลือกชีตได้ด้วย --sheet</translation>
    </message>
    <message>
        <source>%1: every sheet of the workbook is empty or hidden (%2)</source>
        <translation>%1: ทุกชีตในเวิร์กบุ๊กว่างหรือซ่อนอยู่ (%2)</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos;: the header is row %2; rows %3 above it skipped (a report&apos;s title and filters: %4)</source>
        <translation>ชีต &apos;%1&apos;: ส่วนหัวอยู่ที่แถว %2 ข้ามแถว %3 ที่อยู่เหนือส่วนหัว (ชื่อรายงานและตัวกรอง: %4)</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos;: rows %2 below the data skipped (totals and footer: %3)</source>
        <translation>ชีต &apos;%1&apos;: ข้ามแถว %2 ที่อยู่ใต้ข้อมูล (ยอดรวมและท้ายรายงาน: %3)</translation>
    </message>
    <message numerus="yes">
        <source>sheet &apos;%1&apos;: %n cell(s) outside the header&apos;s columns %2-%3 not imported (%4)</source>
        <translation>
            <numerusform>ชีต &apos;%1&apos;: ไม่ได้นำเข้า %n เซลล์ที่อยู่นอกคอลัมน์ %2-%3 ของส่วนหัว (%4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sheet &apos;%1&apos;: merged cells %2 read as their value in each of their %n cell(s), as Excel shows them</source>
        <translation>
            <numerusform>ชีต &apos;%1&apos;: เซลล์ที่ผสานไว้ %2 อ่านค่าเดียวกันในทั้ง %n เซลล์ ตามที่ Excel แสดง</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the workbook is damaged or incomplete (its zip archive cannot be read: %2); download or save it again</source>
        <translation>%1: เวิร์กบุ๊กเสียหายหรือไม่ครบ (อ่านไฟล์ zip ข้างในไม่ได้: %2) ให้ดาวน์โหลดหรือบันทึกใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>%1: an Excel binary workbook (.xlsb), which RevAlign does not read; save it as .xlsx or CSV in Excel</source>
        <translation>%1: เป็นเวิร์กบุ๊กไบนารีของ Excel (.xlsb) ซึ่ง RevAlign อ่านไม่ได้ ให้บันทึกเป็น .xlsx หรือ CSV ใน Excel</translation>
    </message>
    <message>
        <source>%1: an OpenDocument spreadsheet (.ods), which RevAlign does not read; save it as .xlsx or CSV</source>
        <translation>%1: เป็นสเปรดชีต OpenDocument (.ods) ซึ่ง RevAlign อ่านไม่ได้ ให้บันทึกเป็น .xlsx หรือ CSV</translation>
    </message>
    <message>
        <source>%1: a zip archive, but not an Excel workbook (it has no %2)</source>
        <translation>%1: เป็นไฟล์ zip แต่ไม่ใช่เวิร์กบุ๊ก Excel (ไม่มี %2)</translation>
    </message>
    <message>
        <source>%1: the workbook is damaged (part %2 cannot be unpacked: %3); download or save it again</source>
        <translation>%1: เวิร์กบุ๊กเสียหาย (แตกส่วน %2 ไม่ได้: %3) ให้ดาวน์โหลดหรือบันทึกใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>%1: the workbook is damaged: its part %2 is missing</source>
        <translation>%1: เวิร์กบุ๊กเสียหาย: ไม่มีส่วน %2</translation>
    </message>
    <message>
        <source>%1: the workbook is damaged: part %2 is not valid XML at byte %3 (%4)</source>
        <translation>%1: เวิร์กบุ๊กเสียหาย: ส่วน %2 ไม่ใช่ XML ที่ถูกต้องที่ไบต์ %3 (%4)</translation>
    </message>
    <message>
        <source>%1: the workbook is damaged: part %2 cannot be read (%3)</source>
        <translation>%1: เวิร์กบุ๊กเสียหาย: อ่านส่วน %2 ไม่ได้ (%3)</translation>
    </message>
    <message>
        <source>%1: the workbook is damaged: sheet &apos;%2&apos; has no part</source>
        <translation>%1: เวิร์กบุ๊กเสียหาย: ชีต &apos;%2&apos; ไม่มีส่วนข้อมูล</translation>
    </message>
    <message>
        <source>%1: the workbook is damaged: sheet &apos;%2&apos; is missing (no part %3)</source>
        <translation>%1: เวิร์กบุ๊กเสียหาย: ไม่พบชีต &apos;%2&apos; (ไม่มีส่วน %3)</translation>
    </message>
    <message>
        <source>%1: the workbook is damaged: sheet &apos;%2&apos;, cell %3 refers to a text the workbook does not have</source>
        <translation>%1: เวิร์กบุ๊กเสียหาย: ชีต &apos;%2&apos; เซลล์ %3 อ้างถึงข้อความที่ไม่มีในเวิร์กบุ๊ก</translation>
    </message>
    <message>
        <source>the deal id</source>
        <translation>id ของดีล</translation>
    </message>
    <message>
        <source>the time of the change</source>
        <translation>เวลาที่เปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>no %1 deal with id &apos;%2&apos; in the workspace (import the deals first, or in the same import)</source>
        <translation>ไม่มีดีลจาก %1 ที่มี id &apos;%2&apos; ในเวิร์กสเปซ (นำเข้าดีลก่อน หรือในการนำเข้าครั้งเดียวกัน)</translation>
    </message>
    <message>
        <source>Undo of an import</source>
        <translation>การย้อนการนำเข้า</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>การนำเข้า %1</translation>
    </message>
    <message>
        <source>%1: %2; try again when it is done</source>
        <translation>%1: %2 ลองใหม่เมื่อเสร็จแล้ว</translation>
    </message>
    <message>
        <source>another import</source>
        <translation>การนำเข้าอื่น</translation>
    </message>
    <message>
        <source>%1: import cancelled while waiting for %2; nothing was written</source>
        <translation>%1: ยกเลิกการนำเข้าระหว่างรอ %2 ไม่ได้เขียนอะไรลงไป</translation>
    </message>
    <message>
        <source>%1: gave up waiting for %2 after 24 hours; nothing was written</source>
        <translation>%1: เลิกรอ %2 หลังผ่านไป 24 ชั่วโมง ไม่ได้เขียนอะไรลงไป</translation>
    </message>
</context>
<context>
    <name>ImportProfile</name>
    <message>
        <source>%1: invalid import profile: %2</source>
        <translation>%1: โปรไฟล์การนำเข้าไม่ถูกต้อง: %2</translation>
    </message>
    <message>
        <source>%1: unknown field &apos;%2&apos;</source>
        <translation>%1: ไม่รู้จักฟิลด์ &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of strings</source>
        <translation>&apos;%1&apos; ต้องเป็นรายการของสตริง</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: not valid JSON: %4</source>
        <translation>%1: บรรทัด %2 คอลัมน์ %3: JSON ไม่ถูกต้อง: %4</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>ไฟล์ต้องมีออบเจ็กต์ JSON เพียงหนึ่งรายการ</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;</source>
        <translation>ไม่รู้จักคีย์ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;format&apos; must be &quot;revalign-import-profile&quot;</source>
        <translation>&apos;format&apos; ต้องเป็น &quot;revalign-import-profile&quot;</translation>
    </message>
    <message>
        <source>&apos;version&apos; must be %1</source>
        <translation>&apos;version&apos; ต้องเป็น %1</translation>
    </message>
    <message>
        <source>&apos;name&apos; is missing</source>
        <translation>ไม่ได้ระบุ &apos;name&apos;</translation>
    </message>
    <message>
        <source>&apos;source&apos; is missing (the system the ids come from, e.g. &quot;hubspot&quot;)</source>
        <translation>ไม่ได้ระบุ &apos;source&apos; (ระบบที่เป็นที่มาของ id เช่น &quot;hubspot&quot;)</translation>
    </message>
    <message>
        <source>&apos;columns&apos; must be a non-empty list of [&quot;Column header&quot;, &quot;field&quot;] pairs</source>
        <translation>&apos;columns&apos; ต้องเป็นรายการคู่ [&quot;Column header&quot;, &quot;field&quot;] ที่ไม่ว่าง</translation>
    </message>
    <message>
        <source>&apos;columns&apos; entries must be [&quot;Column header&quot;, &quot;field&quot;] pairs</source>
        <translation>รายการใน &apos;columns&apos; ต้องเป็นคู่ [&quot;Column header&quot;, &quot;field&quot;]</translation>
    </message>
    <message>
        <source>values.%1.%2 must be a string or an object</source>
        <translation>values.%1.%2 ต้องเป็นสตริงหรือออบเจ็กต์</translation>
    </message>
    <message>
        <source>formats.delimiter must be auto, comma, semicolon, tab or pipe</source>
        <translation>formats.delimiter ต้องเป็น auto, comma, semicolon, tab หรือ pipe</translation>
    </message>
    <message>
        <source>formats.date_order must be auto, iso, mdy, dmy or excel</source>
        <translation>formats.date_order ต้องเป็น auto, iso, mdy, dmy หรือ excel</translation>
    </message>
    <message>
        <source>formats.decimal must be auto, dot or comma</source>
        <translation>formats.decimal ต้องเป็น auto, dot หรือ comma</translation>
    </message>
    <message>
        <source>&apos;match&apos; may hold &quot;source_id&quot; and &quot;email&quot; only</source>
        <translation>&apos;match&apos; มีได้เฉพาะ &quot;source_id&quot; และ &quot;email&quot; เท่านั้น</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a field of %3 (its fields: %4)</source>
        <translation>%1: &apos;%2&apos; ไม่ใช่ฟิลด์ของ %3 (ฟิลด์ที่มี: %4)</translation>
    </message>
    <message>
        <source>formats.null_values must be a list of strings or an object of lists by column</source>
        <translation>formats.null_values ต้องเป็นรายการของสตริง หรือออบเจ็กต์ของรายการแยกตามคอลัมน์</translation>
    </message>
    <message>
        <source>formats.null_values: &apos;%1&apos; is not one of the profile&apos;s columns</source>
        <translation>formats.null_values: &apos;%1&apos; ไม่ใช่คอลัมน์หนึ่งของโปรไฟล์</translation>
    </message>
    <message>
        <source>unknown key &apos;formats.%1&apos;</source>
        <translation>ไม่รู้จักคีย์ &apos;formats.%1&apos;</translation>
    </message>
    <message>
        <source>&apos;entity&apos; must be one of contacts, accounts, opportunities, touchpoints, campaigns, campaign_members, stage_updates, owners, deal_history</source>
        <translation>&apos;entity&apos; ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: contacts, accounts, opportunities, touchpoints, campaigns, campaign_members, stage_updates, owners, deal_history</translation>
    </message>
    <message>
        <source>stage_entered_columns: &apos;%1&apos; has no {stage} placeholder</source>
        <translation>stage_entered_columns: &apos;%1&apos; ไม่มีตัวแทน {stage}</translation>
    </message>
    <message>
        <source>stage_entered_columns only apply to opportunities and deal_history profiles</source>
        <translation>stage_entered_columns ใช้ได้กับโปรไฟล์ opportunities และ deal_history เท่านั้น</translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <source>Cancel import</source>
        <translation>ยกเลิกการนำเข้า</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>เลิกทำการนำเข้านี้</translation>
    </message>
    <message>
        <source>What the import found</source>
        <translation>สิ่งที่การนำเข้าพบ</translation>
    </message>
</context>
<context>
    <name>ImportStore</name>
    <message>
        <source>at %1</source>
        <translation>เวลา %1</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>วันที่ %1 เวลา %2</translation>
    </message>
    <message>
        <source>Undid the import of %1 (%2 new, %3 updated rows).</source>
        <translation>เลิกทำการนำเข้า %1 แล้ว (ใหม่ %2 แถว ปรับปรุง %3 แถว)</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>ไม่มีการนำเข้าให้เลิกทำ</translation>
    </message>
    <message>
        <source>Not undone: you have made no import here; the last one is %1&apos;s import of %2 %3.</source>
        <translation>ไม่ได้เลิกทำ: คุณยังไม่ได้นำเข้าข้อมูลใดในพื้นที่ทำงานนี้ รายการล่าสุดคือการนำเข้า %2 ของ %1 %3</translation>
    </message>
    <message numerus="yes">
        <source> (the latest of %n imports after yours)</source>
        <translation>
            <numerusform> (รายการล่าสุดจาก %n การนำเข้าหลังของคุณ)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not undone: %1 imported %2 %3 after your import of %4%5; undo theirs first or ask them.</source>
        <translation>ไม่ได้เลิกทำ: %1 นำเข้า %2 %3 หลังการนำเข้า %4 ของคุณ%5 ให้เลิกทำของเขาก่อน หรือสอบถามเขา</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>%1 (%2 · %3)</source>
        <translation>%1 (%2 · %3)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> หรือ </translation>
    </message>
</context>
<context>
    <name>Inspect</name>
    <message>
        <source>%1 CRLF, %2 LF, %3 CR</source>
        <translation>CRLF %1, LF %2, CR %3</translation>
    </message>
    <message>
        <source>has its signature (%1); </source>
        <translation>มีลายเซ็นของโปรไฟล์ (%1) </translation>
    </message>
    <message>
        <source>%1 of the file&apos;s %2 columns feed its fields</source>
        <translation>%1 จาก %2 คอลัมน์ของไฟล์ป้อนค่าให้ฟิลด์ของโปรไฟล์</translation>
    </message>
    <message>
        <source>lacks %1 of its signature (%2)</source>
        <translation>ขาด %1 ของลายเซ็น (%2)</translation>
    </message>
</context>
<context>
    <name>Journeys</name>
    <message>
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
    </message>
</context>
<context>
    <name>KpiBenchmark</name>
    <message>
        <source>Sales accepts about six in ten MQLs where marketing and sales agreed what an MQL is.</source>
        <translation>ในองค์กรที่ฝ่ายการตลาดและฝ่ายขายตกลงนิยาม MQL ร่วมกัน ฝ่ายขายรับ MQL ราวหกในสิบราย</translation>
    </message>
    <message>
        <source>Nine in ten MQLs answered within the agreed SLA is a common service level.</source>
        <translation>การตอบ MQL ภายใน SLA ที่ตกลงไว้เก้าในสิบรายเป็นระดับบริการที่พบได้ทั่วไป</translation>
    </message>
    <message>
        <source>A first sales touch within one business day (8 hours).</source>
        <translation>ฝ่ายขายติดต่อครั้งแรกภายในหนึ่งวันทำการ (8 ชั่วโมง)</translation>
    </message>
    <message>
        <source>About one deal in four won is typical of B2B software.</source>
        <translation>ธุรกิจซอฟต์แวร์ B2B มักปิดการขายได้ราวหนึ่งในสี่ดีล</translation>
    </message>
    <message>
        <source>Three times the bookings still to reach, at a win rate near 25 %.</source>
        <translation>ไปป์ไลน์สามเท่าของยอดที่ยังต้องปิดให้ได้ เมื่ออัตราการปิดการขายราว 25 %</translation>
    </message>
</context>
<context>
    <name>KpiDefinition</name>
    <message>
        <source>Leads created</source>
        <translation>ลีดที่สร้าง</translation>
    </message>
    <message>
        <source>MQLs</source>
        <translation>MQL</translation>
    </message>
    <message>
        <source>Contacts that entered the MQL stage in the period. A contact that reached a later stage without an MQL date counts as having passed MQL at that later stage&apos;s date.</source>
        <translation>ผู้ติดต่อที่เข้าสู่ขั้น MQL ในช่วงเวลา ผู้ติดต่อที่ไปถึงขั้นถัดไปโดยไม่มีวันที่เป็น MQL จะนับว่าผ่าน MQL ณ วันที่ของขั้นถัดไปนั้น</translation>
    </message>
    <message>
        <source>Lead → MQL rate</source>
        <translation>อัตราลีด → MQL</translation>
    </message>
    <message>
        <source>Of the leads created in the period, the share that have reached MQL (or any later stage) so far.</source>
        <translation>จากลีดที่สร้างในช่วงเวลา สัดส่วนที่ไปถึง MQL (หรือขั้นใดก็ได้ถัดจากนั้น) แล้วจนถึงตอนนี้</translation>
    </message>
    <message>
        <source>Cost per MQL</source>
        <translation>ต้นทุนต่อ MQL</translation>
    </message>
    <message>
        <source>Marketing-sourced pipeline</source>
        <translation>ไปป์ไลน์จากการตลาด</translation>
    </message>
    <message>
        <source>Amount of opportunities created in the period whose source is marketing.</source>
        <translation>มูลค่าของโอกาสการขายที่สร้างในช่วงเวลาซึ่งมีแหล่งที่มาจากการตลาด</translation>
    </message>
    <message>
        <source>Marketing-sourced revenue</source>
        <translation>รายได้จากการตลาด</translation>
    </message>
    <message>
        <source>MQL acceptance rate</source>
        <translation>อัตราการยอมรับ MQL</translation>
    </message>
    <message>
        <source>MQL rejection reasons</source>
        <translation>เหตุผลการปฏิเสธ MQL</translation>
    </message>
    <message>
        <source>MQLs of the period rejected by sales, counted per stated reason.</source>
        <translation>MQL ในช่วงเวลาที่ฝ่ายขายปฏิเสธ นับแยกตามเหตุผลที่ระบุ</translation>
    </message>
    <message>
        <source>Handoff SLA compliance</source>
        <translation>การทำตาม SLA การส่งต่อ</translation>
    </message>
    <message>
        <source>Median time to first touch</source>
        <translation>เวลามัธยฐานถึงการติดต่อครั้งแรก</translation>
    </message>
    <message>
        <source>MQL → SQL rate</source>
        <translation>อัตรา MQL → SQL</translation>
    </message>
    <message>
        <source>Of the MQLs of the period, the share that have reached SQL (or a later stage) so far.</source>
        <translation>จาก MQL ในช่วงเวลา สัดส่วนที่ไปถึง SQL (หรือขั้นถัดจากนั้น) แล้วจนถึงตอนนี้</translation>
    </message>
    <message>
        <source>Lead → customer rate</source>
        <translation>อัตราลีด → ลูกค้า</translation>
    </message>
    <message>
        <source>Of the leads created in the period, the share that have become customers so far.</source>
        <translation>จากลีดที่สร้างในช่วงเวลา สัดส่วนที่กลายเป็นลูกค้าแล้วจนถึงตอนนี้</translation>
    </message>
    <message>
        <source>SQLs</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Contacts that entered the SQL stage in the period.</source>
        <translation>ผู้ติดต่อที่เข้าสู่ขั้น SQL ในช่วงเวลา</translation>
    </message>
    <message>
        <source>Opportunities created</source>
        <translation>โอกาสการขายที่สร้าง</translation>
    </message>
    <message>
        <source>Opportunities created in the period.</source>
        <translation>โอกาสการขายที่สร้างในช่วงเวลา</translation>
    </message>
    <message>
        <source>Pipeline created</source>
        <translation>ไปป์ไลน์ที่สร้าง</translation>
    </message>
    <message>
        <source>Total amount of the opportunities created in the period.</source>
        <translation>มูลค่ารวมของโอกาสการขายที่สร้างในช่วงเวลา</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>อัตราการปิดการขาย</translation>
    </message>
    <message>
        <source>Average deal size</source>
        <translation>ขนาดดีลเฉลี่ย</translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation>รอบการขาย</translation>
    </message>
    <message>
        <source>Sales velocity</source>
        <translation>ความเร็วการขาย</translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation>ไปป์ไลน์ถ่วงน้ำหนัก</translation>
    </message>
    <message>
        <source>Pipeline coverage</source>
        <translation>ความครอบคลุมไปป์ไลน์</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>ยอดปิดการขาย</translation>
    </message>
    <message>
        <source>Contacts that entered the Lead stage in the period (its recorded date, else the contact&apos;s creation date).</source>
        <translation>ผู้ติดต่อที่เข้าสู่ขั้นลีดในช่วงเวลา (ตามวันที่ที่บันทึกไว้ของขั้นนั้น หากไม่มีจะใช้วันที่สร้างผู้ติดต่อ)</translation>
    </message>
    <message>
        <source>Campaign cost falling in the period (spread evenly over each campaign&apos;s days; a campaign with one date puts it all on that day, one without dates is left out) ÷ MQLs in the period. Cost is known by channel and campaign only: n/a when filtered by persona, owner, team or segment.</source>
        <translation>ต้นทุนแคมเปญที่ตกอยู่ในช่วงเวลา (เฉลี่ยเท่ากันตามจำนวนวันของแต่ละแคมเปญ แคมเปญที่มีวันที่เดียวจะลงต้นทุนทั้งหมดในวันนั้น ส่วนแคมเปญที่ไม่มีวันที่จะไม่นำมานับ) ÷ MQL ในช่วงเวลา ต้นทุนทราบได้เฉพาะตามช่องทางและแคมเปญ จึงไม่มีข้อมูลเมื่อกรองตามเพอร์โซนา ผู้รับผิดชอบ ทีม หรือเซกเมนต์</translation>
    </message>
    <message>
        <source>Amount of marketing-sourced opportunities won with a close date in the period.</source>
        <translation>มูลค่าของโอกาสการขายจากการตลาดที่ชนะ โดยมีวันที่ปิดอยู่ในช่วงเวลา</translation>
    </message>
    <message>
        <source>Of the MQLs of the period that sales has decided on, the share accepted: accepted ÷ (accepted + rejected). An MQL that reached SAL or a later stage counts as accepted unless marked rejected. MQLs still pending are reported apart and are not in the denominator.</source>
        <translation>จาก MQL ในช่วงเวลาที่ฝ่ายขายตัดสินใจแล้ว สัดส่วนที่ยอมรับ: ยอมรับ ÷ (ยอมรับ + ปฏิเสธ) MQL ที่ไปถึง SAL หรือขั้นถัดจากนั้นจะนับว่ายอมรับ เว้นแต่ถูกระบุว่าปฏิเสธ MQL ที่ยังรอดำเนินการจะรายงานแยกและไม่นับรวมในตัวหาร</translation>
    </message>
    <message>
        <source>Share of the period&apos;s MQLs that sales answered (accepted, rejected, first touched or moved to SAL, whichever came first) within the MQL stage&apos;s SLA, counted in business hours of the workspace calendar (its time zone, opening hours and work days; holidays excluded). MQLs not answered whose SLA has not run out at the latest instant in the data are left out (not due yet); not answered and past the SLA counts as missed.</source>
        <translation>สัดส่วน MQL ในช่วงเวลาที่ฝ่ายขายตอบสนอง (ยอมรับ ปฏิเสธ ติดต่อครั้งแรก หรือย้ายไปขั้น SAL แล้วแต่อย่างใดเกิดก่อน) ภายใน SLA ของขั้น MQL นับเป็นชั่วโมงทำการตามปฏิทินของเวิร์กสเปซ (เขตเวลา เวลาทำการ และวันทำงานของเวิร์กสเปซ ไม่รวมวันหยุด) MQL ที่ยังไม่ได้ตอบสนองและ SLA ยังไม่หมด ณ เวลาล่าสุดในข้อมูลจะไม่นำมานับ (ยังไม่ถึงกำหนด) ส่วน MQL ที่ยังไม่ได้ตอบสนองและเลย SLA แล้วจะนับว่าไม่ทัน SLA</translation>
    </message>
    <message>
        <source>Median business hours from MQL to the first sales touch (call, email, meeting) for the period&apos;s MQLs that have been touched (a touch before the MQL date counts as 0).</source>
        <translation>มัธยฐานของชั่วโมงทำการจาก MQL ถึงการติดต่อครั้งแรกของฝ่ายขาย (โทร อีเมล ประชุม) สำหรับ MQL ในช่วงเวลาที่ได้รับการติดต่อแล้ว (การติดต่อก่อนวันที่เป็น MQL นับเป็น 0)</translation>
    </message>
    <message>
        <source>Won ÷ (won + lost), counting opportunities with a close date in the period.</source>
        <translation>ชนะ ÷ (ชนะ + แพ้) โดยนับโอกาสการขายที่มีวันที่ปิดอยู่ในช่วงเวลา</translation>
    </message>
    <message>
        <source>Won amount ÷ number of won opportunities, with a close date in the period.</source>
        <translation>มูลค่าที่ชนะ ÷ จำนวนโอกาสการขายที่ชนะ โดยนับที่มีวันที่ปิดอยู่ในช่วงเวลา</translation>
    </message>
    <message>
        <source>Median calendar days from creation to close date of the opportunities won in the period.</source>
        <translation>มัธยฐานจำนวนวันตามปฏิทินตั้งแต่สร้างจนถึงวันที่ปิดของโอกาสการขายที่ชนะในช่วงเวลา</translation>
    </message>
    <message>
        <source>Open opportunities at the period end × win rate × average deal size ÷ sales cycle days (each as defined here, for the same period): the revenue the pipeline produces per day.</source>
        <translation>โอกาสการขายที่เปิดอยู่ ณ สิ้นช่วงเวลา × อัตราการปิดการขาย × ขนาดดีลเฉลี่ย ÷ จำนวนวันของรอบการขาย (แต่ละค่าตามนิยามในที่นี้ สำหรับช่วงเวลาเดียวกัน): รายได้ที่ไปป์ไลน์สร้างได้ต่อวัน</translation>
    </message>
    <message>
        <source>Sum over opportunities open at the period end (created before it, not closed by it) of amount × probability (the deal&apos;s own, else its stage&apos;s). Amount and probability are the deals&apos; latest known ones, not as they stood at the period end.</source>
        <translation>ผลรวมของมูลค่า × ความน่าจะเป็น (ของดีลเอง หากไม่มีจะใช้ของขั้น) ของโอกาสการขายที่เปิดอยู่ ณ สิ้นช่วงเวลา (สร้างก่อนสิ้นช่วงเวลาและยังไม่ปิดภายในเวลานั้น) มูลค่าและความน่าจะเป็นเป็นค่าล่าสุดที่ทราบของดีล ไม่ใช่ค่า ณ สิ้นช่วงเวลา</translation>
    </message>
    <message>
        <source>Open pipeline at the period end ÷ the bookings target still to reach in the period (target − bookings in the period). n/a when the target is met or not set.</source>
        <translation>ไปป์ไลน์ที่เปิดอยู่ ณ สิ้นช่วงเวลา ÷ เป้าหมายยอดปิดการขายที่ยังต้องทำให้ถึงในช่วงเวลา (เป้าหมาย − ยอดปิดการขายในช่วงเวลา) ไม่มีข้อมูลเมื่อถึงเป้าหมายแล้วหรือไม่ได้ตั้งเป้าหมาย</translation>
    </message>
    <message>
        <source>Amount of the opportunities won with a close date in the period.</source>
        <translation>มูลค่าของโอกาสการขายที่ชนะ โดยมีวันที่ปิดอยู่ในช่วงเวลา</translation>
    </message>
</context>
<context>
    <name>KpiDialog</name>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>KPI:</source>
        <translation>KPI:</translation>
    </message>
    <message>
        <source>KPI key</source>
        <translation>คีย์ KPI</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ชื่อ(&amp;N):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>&amp;Formula in words:</source>
        <translation>สูตรแบบคำอธิบาย(&amp;F):</translation>
    </message>
    <message>
        <source>Formula in words</source>
        <translation>สูตรแบบคำอธิบาย</translation>
    </message>
    <message>
        <source>Target per &amp;week:</source>
        <translation>เป้าหมายต่อสัปดาห์(&amp;W):</translation>
    </message>
    <message>
        <source>Target per week</source>
        <translation>เป้าหมายต่อสัปดาห์</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>ไม่มีเป้าหมาย</translation>
    </message>
    <message>
        <source>Target per &amp;month:</source>
        <translation>เป้าหมายต่อเดือน(&amp;M):</translation>
    </message>
    <message>
        <source>Target per month</source>
        <translation>เป้าหมายต่อเดือน</translation>
    </message>
    <message>
        <source>Target per &amp;quarter:</source>
        <translation>เป้าหมายต่อไตรมาส(&amp;Q):</translation>
    </message>
    <message>
        <source>Target per quarter</source>
        <translation>เป้าหมายต่อไตรมาส</translation>
    </message>
    <message>
        <source>Agreed &amp;on:</source>
        <translation>วันที่ตกลง(&amp;O):</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>วันที่ตกลง</translation>
    </message>
    <message>
        <source>not agreed yet</source>
        <translation>ยังไม่ได้ตกลง</translation>
    </message>
    <message>
        <source>Agreed &amp;by:</source>
        <translation>ผู้ตกลง(&amp;B):</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>ผู้ตกลง</translation>
    </message>
    <message>
        <source>e.g. CMO and CRO</source>
        <translation>เช่น CMO และ CRO</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>หมายเหตุ(&amp;N):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Why the change (optional; kept in the change log)</source>
        <translation>เหตุผลที่เปลี่ยน (ไม่บังคับ; เก็บไว้ในบันทึกการเปลี่ยนแปลง)</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>เปลี่ยนโดย</translation>
    </message>
</context>
<context>
    <name>KpiFormat</name>
    <message>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>ไม่มีข้อมูล</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ชม.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 วัน</translation>
    </message>
    <message>
        <source>%1/day</source>
        <translation>%1/วัน</translation>
    </message>
    <message>
        <source>no comparison</source>
        <translation>ไม่มีข้อมูลเทียบ</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 จุด</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <source>%1 day</source>
        <translation>%1 วัน</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 วัน</translation>
    </message>
</context>
<context>
    <name>KpiSupport</name>
    <message>
        <source>no MQL or later stage dates in this workspace</source>
        <translation>เวิร์กสเปซนี้ไม่มีวันที่ของขั้น MQL หรือขั้นหลังจากนั้น</translation>
    </message>
    <message>
        <source>every contact in this workspace is an MQL or later: the leads that did not become MQLs are not in the data</source>
        <translation>ผู้ติดต่อทุกรายในเวิร์กสเปซนี้เป็น MQL หรือขั้นหลังจากนั้น ลีดที่ไม่ได้เป็น MQL ไม่อยู่ในข้อมูล</translation>
    </message>
    <message>
        <source>no SQL or later stage dates in this workspace</source>
        <translation>เวิร์กสเปซนี้ไม่มีวันที่ของขั้น SQL หรือขั้นหลังจากนั้น</translation>
    </message>
    <message>
        <source>no customer stage dates in this workspace</source>
        <translation>เวิร์กสเปซนี้ไม่มีวันที่ของขั้นลูกค้า</translation>
    </message>
    <message>
        <source>no handoff decisions in this workspace</source>
        <translation>เวิร์กสเปซนี้ไม่มีข้อมูลการรับหรือปฏิเสธ MQL ของฝ่ายขาย</translation>
    </message>
    <message>
        <source>no handoff decisions or first sales touches in this workspace</source>
        <translation>เวิร์กสเปซนี้ไม่มีข้อมูลการรับหรือปฏิเสธ MQL และไม่มีการติดต่อครั้งแรกจากฝ่ายขาย</translation>
    </message>
    <message>
        <source>no first sales touches in this workspace</source>
        <translation>เวิร์กสเปซนี้ไม่มีข้อมูลการติดต่อครั้งแรกจากฝ่ายขาย</translation>
    </message>
    <message>
        <source>no SLA is set on the MQL stage</source>
        <translation>ขั้น MQL ยังไม่ได้กำหนด SLA</translation>
    </message>
    <message>
        <source>no campaign costs in this workspace</source>
        <translation>เวิร์กสเปซนี้ไม่มีต้นทุนแคมเปญ</translation>
    </message>
    <message>
        <source>campaign cost cannot be split by persona, owner, team or segment</source>
        <translation>ต้นทุนแคมเปญแยกตามเพอร์โซนา ผู้รับผิดชอบ ทีม หรือกลุ่มลูกค้าไม่ได้</translation>
    </message>
    <message>
        <source>no deal creation dates in this workspace</source>
        <translation>เวิร์กสเปซนี้ไม่มีวันที่สร้างดีล</translation>
    </message>
    <message>
        <source>no closed deals in this workspace</source>
        <translation>เวิร์กสเปซนี้ไม่มีดีลที่ปิดแล้ว</translation>
    </message>
    <message>
        <source>no won deals in this workspace</source>
        <translation>เวิร์กสเปซนี้ไม่มีดีลที่ปิดการขายได้</translation>
    </message>
    <message>
        <source>no deal sources (marketing, sales, partner) in this workspace</source>
        <translation>เวิร์กสเปซนี้ไม่มีข้อมูลแหล่งที่มาของดีล (การตลาด ฝ่ายขาย พาร์ตเนอร์)</translation>
    </message>
    <message>
        <source>no bookings target agreed for this period kind</source>
        <translation>ยังไม่มีเป้าหมายยอดปิดการขายที่ตกลงไว้สำหรับช่วงเวลาประเภทนี้</translation>
    </message>
    <message>
        <source>no lead data in this workspace</source>
        <translation>เวิร์กสเปซนี้ไม่มีข้อมูลลีด</translation>
    </message>
    <message>
        <source>no dates for this stage or a later one in this workspace</source>
        <translation>เวิร์กสเปซนี้ไม่มีวันที่ของขั้นนี้หรือขั้นหลังจากนั้น</translation>
    </message>
    <message>
        <source>no deal data in this workspace</source>
        <translation>เวิร์กสเปซนี้ไม่มีข้อมูลดีล</translation>
    </message>
    <message>
        <source>RevAlign does not compute this custom KPI</source>
        <translation>RevAlign ไม่ได้คำนวณ KPI ที่กำหนดเองนี้</translation>
    </message>
    <message>
        <source>every won deal here has impossible dates (closed before created, or won before its contact was first seen): see Data quality</source>
        <translation>ดีลที่ปิดได้ทุกดีลในช่วงนี้มีวันที่ที่เป็นไปไม่ได้ (ปิดก่อนสร้าง หรือปิดได้ก่อนผู้ติดต่อถูกบันทึกครั้งแรก) ดูหน้าคุณภาพข้อมูล</translation>
    </message>
    <message>
        <source>the bookings target is already met</source>
        <translation>ยอดปิดการขายถึงเป้าหมายแล้ว</translation>
    </message>
    <message>
        <source>the rate it needs is n/a in the basis range</source>
        <translation>อัตราที่ต้องใช้ไม่มีข้อมูลในช่วงเวลาฐาน</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>&amp;File:</source>
        <translation>ไฟล์(&amp;F):</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>คอลัมน์</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>ค่าแรก ๆ</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>นำเข้าเป็น</translation>
    </message>
    <message>
        <source>Save as profile…</source>
        <translation>บันทึกเป็นโปรไฟล์…</translation>
    </message>
    <message>
        <source>Export profile…</source>
        <translation>ส่งออกโปรไฟล์…</translation>
    </message>
    <message>
        <source>Load profile…</source>
        <translation>โหลดโปรไฟล์…</translation>
    </message>
</context>
<context>
    <name>MeetingPack</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: เขียนไม่ได้: %2</translation>
    </message>
    <message>
        <source>%1: the PDF could not be drawn</source>
        <translation>%1: สร้าง PDF ไม่ได้</translation>
    </message>
    <message>
        <source>%1: cannot write (is the disk full?): %2</source>
        <translation>%1: เขียนไม่ได้ (ดิสก์เต็มหรือไม่?): %2</translation>
    </message>
    <message>
        <source>The meeting pack was not written.</source>
        <translation>ไม่ได้เขียนเอกสารประชุม</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>เสร็จเมื่อ %1</translation>
    </message>
    <message>
        <source>Open — carried over since %1</source>
        <translation>ยังไม่เสร็จ — ยกมาตั้งแต่ %1</translation>
    </message>
    <message>
        <source>Open — raised %1</source>
        <translation>ยังไม่เสร็จ — เพิ่มเมื่อ %1</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>เลยกำหนดตั้งแต่ %1</translation>
    </message>
    <message>
        <source>done later, on %1</source>
        <translation>เสร็จภายหลัง เมื่อ %1</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>สัปดาห์</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>เดือน</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>ไตรมาส</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none agreed</source>
        <translation>ยังไม่ได้ตกลง</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Notes and action items</source>
        <translation>บันทึกและสิ่งที่ต้องทำ</translation>
    </message>
    <message>
        <source>No meeting was recorded in %1: nobody took notes on the weekly sync page for these days.</source>
        <translation>ไม่มีการบันทึกการประชุมใน %1: ไม่มีใครจดบันทึกในหน้าประชุมประจำสัปดาห์สำหรับวันเหล่านี้</translation>
    </message>
    <message>
        <source>Meeting of %1</source>
        <translation>การประชุม%1</translation>
    </message>
    <message>
        <source>No notes were taken.</source>
        <translation>ไม่มีการจดบันทึก</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>ทีม</translation>
    </message>
    <message>
        <source>Said by</source>
        <translation>ผู้พูด</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>สิ่งที่ต้องทำ</translation>
    </message>
    <message>
        <source>No action item was open, raised or done in %1.</source>
        <translation>ไม่มีสิ่งที่ต้องทำที่ค้างอยู่ เพิ่มใหม่ หรือเสร็จใน %1</translation>
    </message>
    <message>
        <source>%1 open (%2 carried over from earlier meetings), %3 done in %4.</source>
        <translation>ยังไม่เสร็จ %1 รายการ (ยกมาจากการประชุมก่อน ๆ %2 รายการ) เสร็จแล้ว %3 รายการใน %4</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>สิ่งที่ต้องทำ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>กำหนดเสร็จ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Appendix: the definitions in force</source>
        <translation>ภาคผนวก: นิยามที่ใช้อยู่</translation>
    </message>
    <message>
        <source>Every figure in this pack was computed with these definitions. One set of numbers, one set of definitions.</source>
        <translation>ตัวเลขทุกตัวในเอกสารนี้คำนวณด้วยนิยามเหล่านี้ ตัวเลขชุดเดียว นิยามชุดเดียว</translation>
    </message>
    <message>
        <source>Funnel stages</source>
        <translation>ขั้นของฟันเนล</translation>
    </message>
    <message>
        <source>%1 business hours</source>
        <translation>%1 ชั่วโมงทำการ</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ขั้น</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>นิยาม</translation>
    </message>
    <message>
        <source>SLA to move on</source>
        <translation>SLA สำหรับไปขั้นถัดไป</translation>
    </message>
    <message>
        <source>KPIs, formulas and targets</source>
        <translation>KPI สูตร และเป้าหมาย</translation>
    </message>
    <message>
        <source>Agreed on %1 unless noted.</source>
        <translation>ตกลงกันเมื่อ %1 เว้นแต่ระบุไว้เป็นอย่างอื่น</translation>
    </message>
    <message>
        <source>Agreed on %1 by %2 unless noted.</source>
        <translation>ตกลงกันเมื่อ %1 โดย %2 เว้นแต่ระบุไว้เป็นอย่างอื่น</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>ยิ่งสูงยิ่งดี</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>ยิ่งต่ำยิ่งดี</translation>
    </message>
    <message>
        <source>no agreement recorded</source>
        <translation>ไม่มีบันทึกการตกลง</translation>
    </message>
    <message>
        <source>agreed on %1</source>
        <translation>ตกลงเมื่อ %1</translation>
    </message>
    <message>
        <source>agreed on %1 by %2</source>
        <translation>ตกลงเมื่อ %1 โดย %2</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>สูตร</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <source>Change log: who changed what, when</source>
        <translation>บันทึกการเปลี่ยนแปลง: ใครเปลี่ยนอะไร เมื่อไร</translation>
    </message>
    <message>
        <source>No definition has been changed since the workspace was created.</source>
        <translation>ยังไม่มีการเปลี่ยนนิยามใดเลยตั้งแต่สร้างเวิร์กสเปซ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ฟิลด์</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>เปลี่ยนแปลง</translation>
    </message>
    <message numerus="yes">
        <source>%n older changes are not printed: RevAlign shows them all under Definitions › Change log.</source>
        <translation>
            <numerusform>ไม่ได้พิมพ์การเปลี่ยนแปลงที่เก่ากว่านี้อีก %n รายการ ดูทั้งหมดได้ใน RevAlign ที่ นิยาม › บันทึกการเปลี่ยนแปลง</numerusform>
        </translation>
    </message>
    <message>
        <source>Sales–marketing sync</source>
        <translation>ประชุมฝ่ายขายและการตลาด</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Generated %1 by RevAlign %2</source>
        <translation>สร้างเมื่อ %1 โดย RevAlign %2</translation>
    </message>
    <message>
        <source>(no stage)</source>
        <translation>(ไม่มีขั้น)</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>เพอร์โซนา</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>แคมเปญ</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>เซกเมนต์</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>ผู้จัดการ</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>ภูมิภาค</translation>
    </message>
    <message>
        <source>partial period</source>
        <translation>ช่วงเวลาไม่ครบ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>ก่อนหน้า</translation>
    </message>
    <message>
        <source>Every contact and deal in the workspace</source>
        <translation>ผู้ติดต่อและดีลทั้งหมดในเวิร์กสเปซ</translation>
    </message>
    <message>
        <source>Filtered: %1</source>
        <translation>กรอง: %1</translation>
    </message>
    <message>
        <source>Sales–marketing sync · %1</source>
        <translation>ประชุมฝ่ายขายและการตลาด · %1</translation>
    </message>
    <message>
        <source>Compared with %1</source>
        <translation>เทียบกับ %1</translation>
    </message>
    <message>
        <source>What changed most</source>
        <translation>อะไรเปลี่ยนไปมากที่สุด</translation>
    </message>
    <message>
        <source>Headline KPIs vs target</source>
        <translation>KPI หลักเทียบกับเป้าหมาย</translation>
    </message>
    <message>
        <source>Every KPI follows: the handoff’s under “Since last sync”, the others under “Marketing | sales”; how each is computed, and its targets, in the appendix.</source>
        <translation>KPI ทุกตัวอยู่ในหน้าถัดไป: KPI ของการส่งต่ออยู่ใน “ตั้งแต่ประชุมครั้งก่อน” ที่เหลืออยู่ใน “การตลาด | ฝ่ายขาย” ส่วนวิธีคำนวณและเป้าหมายอยู่ในภาคผนวก</translation>
    </message>
    <message>
        <source>Since last sync</source>
        <translation>ตั้งแต่ประชุมครั้งก่อน</translation>
    </message>
    <message>
        <source>What moved between the end of %1 and the end of %2.</source>
        <translation>สิ่งที่เปลี่ยนไประหว่างสิ้น%1 ถึงสิ้น%2</translation>
    </message>
    <message>
        <source>Pipeline waterfall</source>
        <translation>วอเตอร์ฟอลของไปป์ไลน์</translation>
    </message>
    <message>
        <source>New</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <source>Pulled in</source>
        <translation>เลื่อนเข้ามา</translation>
    </message>
    <message>
        <source>Increased</source>
        <translation>มูลค่าเพิ่ม</translation>
    </message>
    <message>
        <source>Decreased</source>
        <translation>มูลค่าลด</translation>
    </message>
    <message>
        <source>Pushed out</source>
        <translation>เลื่อนออกไป</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>ชนะ</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>แพ้</translation>
    </message>
    <message>
        <source>No open pipeline closing in %1, and nothing moved.</source>
        <translation>ไม่มีไปป์ไลน์ที่เปิดอยู่ซึ่งปิดใน %1 และไม่มีอะไรเปลี่ยน</translation>
    </message>
    <message>
        <source>Open pipeline closing in %1 went from %2 to %3.</source>
        <translation>ไปป์ไลน์ที่เปิดอยู่ซึ่งปิดใน %1 เปลี่ยนจาก %2 เป็น %3</translation>
    </message>
    <message>
        <source>MQL backlog: waiting for sales’ answer</source>
        <translation>MQL ค้าง: รอคำตอบจากฝ่ายขาย</translation>
    </message>
    <message>
        <source>Waiting on %1</source>
        <translation>รออยู่ ณ %1</translation>
    </message>
    <message>
        <source>New MQLs</source>
        <translation>MQL ใหม่</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>ยอมรับ</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>ปฏิเสธ</translation>
    </message>
    <message>
        <source>Still waiting at the end of %1</source>
        <translation>ยังรออยู่ ณ สิ้นวันที่ %1</translation>
    </message>
    <message>
        <source>No MQL was waiting for sales, and none arrived, in %1.</source>
        <translation>ไม่มี MQL รอฝ่ายขาย และไม่มี MQL ใหม่ใน %1</translation>
    </message>
    <message>
        <source>The backlog went from %1 to %2: %3 new MQLs, %4 accepted and %5 rejected by sales.</source>
        <translation>MQL ค้างเปลี่ยนจาก %1 เป็น %2 ราย: MQL ใหม่ %3 ราย ฝ่ายขายยอมรับ %4 ราย และปฏิเสธ %5 ราย</translation>
    </message>
    <message>
        <source>At the end of %1 it stood at %2.</source>
        <translation>ณ สิ้น%1 มีค้างอยู่ %2 ราย</translation>
    </message>
    <message>
        <source>Waiting at the end, by how long: %1 up to 7 days, %2 for 8–30 days, %3 for 31–90 days, %4 for over 90 days.</source>
        <translation>ที่ยังรออยู่ ณ สิ้นช่วง แยกตามระยะเวลาที่รอ: ไม่เกิน 7 วัน %1 ราย, 8–30 วัน %2 ราย, 31–90 วัน %3 ราย, เกิน 90 วัน %4 ราย</translation>
    </message>
    <message>
        <source>The end of the period is measured at the latest record, %1.</source>
        <translation>สิ้นช่วงวัดจากเรคคอร์ดล่าสุด คือวันที่ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n answered MQLs have no decision date: they count as answered the moment they became MQL.</source>
        <translation>
            <numerusform>MQL ที่ได้คำตอบแล้ว %n รายไม่มีวันที่ตัดสิน จึงนับว่าได้คำตอบทันทีที่เป็น MQL</numerusform>
        </translation>
    </message>
    <message>
        <source>The handoff, period by period</source>
        <translation>การส่งต่อ รายช่วงเวลา</translation>
    </message>
    <message>
        <source>MQLs by sales’ answer</source>
        <translation>MQL ตามคำตอบของฝ่ายขาย</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>หน้า %1 จาก %2</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (ต่อ)</translation>
    </message>
    <message>
        <source>no dates</source>
        <translation>ไม่มีวันที่</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>สัปดาห์ที่ %1</translation>
    </message>
    <message>
        <source>Quarter of %1</source>
        <translation>ไตรมาส %1</translation>
    </message>
    <message>
        <source>the week of %1</source>
        <translation>สัปดาห์ที่ %1</translation>
    </message>
    <message>
        <source>the quarter of %1</source>
        <translation>ไตรมาส %1</translation>
    </message>
    <message numerus="yes">
        <source>the %n days before</source>
        <translation>
            <numerusform>%n วันก่อนหน้า</numerusform>
        </translation>
    </message>
    <message>
        <source>This period</source>
        <translation>ช่วงนี้</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>สัปดาห์นี้</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>เดือนนี้</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>ไตรมาสนี้</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cannot be computed</source>
        <translation>คำนวณไม่ได้</translation>
    </message>
    <message>
        <source>No agreed target</source>
        <translation>ไม่มีเป้าหมายที่ตกลงไว้</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>ถึงเป้า</translation>
    </message>
    <message>
        <source>On target, %1 better</source>
        <translation>ถึงเป้า ดีกว่าเป้า %1</translation>
    </message>
    <message>
        <source>Below target</source>
        <translation>ต่ำกว่าเป้า</translation>
    </message>
    <message>
        <source>Below target by %1</source>
        <translation>ต่ำกว่าเป้า %1</translation>
    </message>
    <message>
        <source>Above target (lower is better)</source>
        <translation>สูงกว่าเป้า (ยิ่งต่ำยิ่งดี)</translation>
    </message>
    <message>
        <source>Above target by %1 (lower is better)</source>
        <translation>สูงกว่าเป้า %1 (ยิ่งต่ำยิ่งดี)</translation>
    </message>
    <message>
        <source>(partial period)</source>
        <translation>(ช่วงเวลาไม่ครบ)</translation>
    </message>
    <message>
        <source>%1 rose %2 to %3, from %4 in %5.</source>
        <translation>%1 เพิ่มขึ้น %2 เป็น %3 จาก %4 ใน%5</translation>
    </message>
    <message>
        <source>%1 fell %2 to %3, from %4 in %5.</source>
        <translation>%1 ลดลง %2 เหลือ %3 จาก %4 ใน%5</translation>
    </message>
    <message>
        <source>No KPI can be compared with %1: one of the two periods has nothing to compare, or nothing changed.</source>
        <translation>ไม่มี KPI ใดเทียบกับ%1 ได้: ช่วงใดช่วงหนึ่งไม่มีข้อมูลให้เทียบ หรือไม่มีอะไรเปลี่ยน</translation>
    </message>
    <message>
        <source>No other KPI moved enough to rank against %1 (counts under 10 are not ranked).</source>
        <translation>ไม่มี KPI อื่นที่เปลี่ยนมากพอจะจัดอันดับเมื่อเทียบกับ%1 (ตัวเลขจำนวนที่ต่ำกว่า 10 ไม่นำมาจัดอันดับ)</translation>
    </message>
    <message>
        <source>Partial period: the latest record is from %1, so the figures cover %2 only. Counts and amounts are short of what a whole period would show.</source>
        <translation>ช่วงเวลาไม่ครบ: เรคคอร์ดล่าสุดคือวันที่ %1 ตัวเลขจึงครอบคลุมเพียง %2 จำนวนและมูลค่าจึงต่ำกว่าที่ช่วงเวลาเต็มจะแสดง</translation>
    </message>
    <message>
        <source>Partial period: the data starts on %1, so the figures cover %2 only.</source>
        <translation>ช่วงเวลาไม่ครบ: ข้อมูลเริ่มวันที่ %1 ตัวเลขจึงครอบคลุมเพียง %2</translation>
    </message>
    <message>
        <source>count</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <source>share (%)</source>
        <translation>สัดส่วน (%)</translation>
    </message>
    <message>
        <source>business hours</source>
        <translation>ชั่วโมงทำการ</translation>
    </message>
    <message>
        <source>days</source>
        <translation>วัน</translation>
    </message>
    <message>
        <source>%1 per day</source>
        <translation>%1 ต่อวัน</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>รอดำเนินการ</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>เป้าหมาย: %1</translation>
    </message>
    <message>
        <source>Nothing to chart: no %1 in %2.</source>
        <translation>ไม่มีข้อมูลให้แสดง: ไม่มี %1 ใน %2</translation>
    </message>
    <message>
        <source>%1 per period, %2.</source>
        <translation>%1 รายช่วงเวลา %2</translation>
    </message>
    <message numerus="yes">
        <source>Week by week: the last %n weeks up to the end of the pack’s period (shaded).</source>
        <translation>
            <numerusform>รายสัปดาห์: %n สัปดาห์ล่าสุดจนถึงสิ้นช่วงของเอกสารนี้ (แถบแรเงา)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Month by month: the last %n months up to the end of the pack’s period (shaded).</source>
        <translation>
            <numerusform>รายเดือน: %n เดือนล่าสุดจนถึงสิ้นช่วงของเอกสารนี้ (แถบแรเงา)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quarter by quarter: the last %n quarters up to the end of the pack’s period (shaded).</source>
        <translation>
            <numerusform>รายไตรมาส: %n ไตรมาสล่าสุดจนถึงสิ้นช่วงของเอกสารนี้ (แถบแรเงา)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hatched bars are partial periods (cut by the range or by the latest record).</source>
        <translation>แท่งลายเส้นคือช่วงเวลาที่ไม่ครบ (ถูกตัดโดยช่วงวันที่หรือโดยเรคคอร์ดล่าสุด)</translation>
    </message>
    <message>
        <source>Marketing | sales</source>
        <translation>การตลาด | ฝ่ายขาย</translation>
    </message>
    <message>
        <source>Leads and MQLs</source>
        <translation>ลีดและ MQL</translation>
    </message>
    <message>
        <source>Marketing-sourced pipeline</source>
        <translation>ไปป์ไลน์จากการตลาด</translation>
    </message>
    <message>
        <source>SQLs and opportunities created</source>
        <translation>SQL และโอกาสการขายที่สร้าง</translation>
    </message>
    <message>
        <source>Pipeline created and bookings</source>
        <translation>ไปป์ไลน์ที่สร้างและยอดปิดการขาย</translation>
    </message>
    <message>
        <source>Funnel and deal pipeline</source>
        <translation>ฟันเนลและไปป์ไลน์ดีล</translation>
    </message>
    <message>
        <source>Funnel: who entered each stage in %1</source>
        <translation>ฟันเนล: ผู้ที่เข้าสู่แต่ละขั้นใน %1</translation>
    </message>
    <message>
        <source>%1 of the stage before</source>
        <translation>%1 ของขั้นก่อนหน้า</translation>
    </message>
    <message>
        <source>No contact entered any stage in %1.</source>
        <translation>ไม่มีผู้ติดต่อเข้าสู่ขั้นใดเลยใน %1</translation>
    </message>
    <message>
        <source>Contacts entering each funnel stage in %1.</source>
        <translation>ผู้ติดต่อที่เข้าสู่แต่ละขั้นของฟันเนลใน %1</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>เข้าสู่ขั้น</translation>
    </message>
    <message>
        <source>From the stage before</source>
        <translation>จากขั้นก่อนหน้า</translation>
    </message>
    <message>
        <source>From the first stage</source>
        <translation>จากขั้นแรก</translation>
    </message>
    <message>
        <source>Median days from the stage before</source>
        <translation>มัธยฐานจำนวนวันจากขั้นก่อนหน้า</translation>
    </message>
    <message>
        <source>Deal pipeline: open deals by their current stage (as of %1)</source>
        <translation>ไปป์ไลน์ดีล: ดีลที่เปิดอยู่ตามขั้นปัจจุบัน (ณ %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n deals</source>
        <translation>
            <numerusform>%n ดีล</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deals · stage not defined</source>
        <translation>
            <numerusform>%n ดีล · ขั้นที่ยังไม่ได้กำหนด</numerusform>
        </translation>
    </message>
    <message>
        <source>(not defined)</source>
        <translation>(ยังไม่ได้กำหนด)</translation>
    </message>
    <message>
        <source>No open deals in this workspace.</source>
        <translation>ไม่มีดีลที่เปิดอยู่ในเวิร์กสเปซนี้</translation>
    </message>
    <message numerus="yes">
        <source>%n open deals worth %1, by their current stage.</source>
        <translation>
            <numerusform>ดีลที่เปิดอยู่ %n ดีล มูลค่า %1 ตามขั้นปัจจุบัน</numerusform>
        </translation>
    </message>
    <message>
        <source>Deal stage</source>
        <translation>ขั้นของดีล</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>ดีลที่เปิดอยู่</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>มูลค่า</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>ถ่วงน้ำหนัก</translation>
    </message>
    <message>
        <source>Stage probability</source>
        <translation>ความน่าจะเป็นของขั้น</translation>
    </message>
    <message>
        <source>Closed in %1: %2 won (%3), %4 lost (%5).</source>
        <translation>ปิดใน %1: ชนะ %2 ดีล (%3) แพ้ %4 ดีล (%5)</translation>
    </message>
    <message>
        <source>%1: the PDF could not be started</source>
        <translation>%1: เริ่มสร้าง PDF ไม่ได้</translation>
    </message>
    <message>
        <source>%1: the meeting pack failed: %2</source>
        <translation>%1: สร้างเอกสารประชุมไม่สำเร็จ: %2</translation>
    </message>
</context>
<context>
    <name>MeetingPackDialog</name>
    <message>
        <source>Export meeting pack</source>
        <translation>ส่งออกเอกสารประชุม</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>ช่วงเวลา(&amp;P):</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>ช่วงเวลา</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>จาก(&amp;F):</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>วันแรก</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>ถึง(&amp;T):</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>วันสุดท้าย</translation>
    </message>
    <message>
        <source>The pack&apos;s period</source>
        <translation>ช่วงเวลาของเอกสาร</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>รูปแบบ(&amp;O):</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>รูปแบบ</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>กระดาษ(&amp;A):</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>ขนาดกระดาษ</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>ตัวกรอง:</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>ตัวกรอง</translation>
    </message>
</context>
<context>
    <name>PersonaDialog</name>
    <message>
        <source>Persona</source>
        <translation>เพอร์โซนา</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ชื่อ(&amp;N):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>สี(&amp;C):</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>สี</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>คำอธิบาย(&amp;D):</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>คำอธิบาย</translation>
    </message>
    <message>
        <source>&amp;Pains:</source>
        <translation>ปัญหา(&amp;P):</translation>
    </message>
    <message>
        <source>Pains</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>เป้าหมาย(&amp;G):</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <source>&amp;Title keywords:</source>
        <translation>คีย์เวิร์ดตำแหน่งงาน(&amp;T):</translation>
    </message>
    <message>
        <source>Title keywords</source>
        <translation>คีย์เวิร์ดตำแหน่งงาน</translation>
    </message>
    <message>
        <source>e.g. CIO, CTO, IT Director</source>
        <translation>เช่น CIO, CTO, IT Director</translation>
    </message>
    <message>
        <source>&amp;Industries:</source>
        <translation>อุตสาหกรรม(&amp;I):</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>อุตสาหกรรม</translation>
    </message>
    <message>
        <source>any industry</source>
        <translation>ทุกอุตสาหกรรม</translation>
    </message>
    <message>
        <source>Company size &amp;from:</source>
        <translation>ขนาดบริษัทตั้งแต่(&amp;F):</translation>
    </message>
    <message>
        <source>Minimum employees</source>
        <translation>จำนวนพนักงานขั้นต่ำ</translation>
    </message>
    <message>
        <source>any size</source>
        <translation>ทุกขนาด</translation>
    </message>
    <message>
        <source> employees</source>
        <translation> คน</translation>
    </message>
    <message>
        <source>Company size &amp;to:</source>
        <translation>ขนาดบริษัทถึง(&amp;T):</translation>
    </message>
    <message>
        <source>Maximum employees</source>
        <translation>จำนวนพนักงานสูงสุด</translation>
    </message>
    <message>
        <source>C&amp;ountries:</source>
        <translation>ประเทศ(&amp;O):</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>anywhere, e.g. TH, SG</source>
        <translation>ทุกประเทศ หรือระบุ เช่น TH, SG</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>หมายเหตุ(&amp;N):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Why the change (optional; kept in the change log)</source>
        <translation>เหตุผลที่เปลี่ยน (ไม่บังคับ; เก็บไว้ในบันทึกการเปลี่ยนแปลง)</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>เปลี่ยนโดย</translation>
    </message>
    <message>
        <source>Separate several keywords, industries or countries with commas. A contact must match every rule that is set; when several personas match, the one matching more rules wins, then the one listed first.</source>
        <translation>คั่นคีย์เวิร์ด อุตสาหกรรม หรือประเทศหลายรายการด้วยจุลภาค (,) ผู้ติดต่อต้องตรงกับทุกกฎที่ตั้งไว้ หากตรงกับหลายเพอร์โซนา เพอร์โซนาที่ตรงกับกฎมากกว่าจะได้รับเลือก หากเท่ากันจะใช้เพอร์โซนาที่อยู่ลำดับแรก</translation>
    </message>
    <message>
        <source>Preview: contacts per persona before saving</source>
        <translation>แสดงตัวอย่าง: ผู้ติดต่อในแต่ละเพอร์โซนาก่อนบันทึก</translation>
    </message>
    <message>
        <source>Preview of contacts per persona</source>
        <translation>แสดงตัวอย่างผู้ติดต่อในแต่ละเพอร์โซนา</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>สถานะการแสดงตัวอย่าง</translation>
    </message>
</context>
<context>
    <name>PgAdvisoryLock</name>
    <message>
        <source>Work</source>
        <translation>งาน</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 โดย %2</translation>
    </message>
    <message>
        <source>%1 by %2 since %3</source>
        <translation>%1 โดย %2 ตั้งแต่ %3</translation>
    </message>
    <message>
        <source>%1 — waiting…</source>
        <translation>%1 — กำลังรอ…</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>เซิร์ฟเวอร์</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>%1: out of memory</source>
        <translation>%1: หน่วยความจำไม่พอ</translation>
    </message>
    <message>
        <source>%1: connecting was cancelled</source>
        <translation>%1: ยกเลิกการเชื่อมต่อแล้ว</translation>
    </message>
    <message>
        <source>%1: the connection is closed</source>
        <translation>%1: การเชื่อมต่อถูกปิดแล้ว</translation>
    </message>
    <message>
        <source>Not a PostgreSQL address (%1): %2</source>
        <translation>ไม่ใช่ที่อยู่ PostgreSQL (%1): %2</translation>
    </message>
    <message>
        <source>%1: the server did not answer within %2 s (is the host right, and does a firewall let port %3 through?)</source>
        <translation>%1: เซิร์ฟเวอร์ไม่ตอบภายใน %2 วินาที (ชื่อโฮสต์ถูกต้องไหม และไฟร์วอลล์เปิดพอร์ต %3 ให้หรือเปล่า)</translation>
    </message>
    <message>
        <source>%1: not a valid PostgreSQL address: %2</source>
        <translation>%1: ที่อยู่ PostgreSQL ไม่ถูกต้อง: %2</translation>
    </message>
    <message>
        <source>%1: the server asks for the password of user %2 and none was given (save it in the system&apos;s password store, or in ~/.pgpass or the file PGPASSFILE names)</source>
        <translation>%1: เซิร์ฟเวอร์ขอรหัสผ่านของผู้ใช้ %2 แต่ไม่ได้ระบุไว้ (บันทึกรหัสผ่านไว้ในที่เก็บรหัสผ่านของระบบ หรือใน ~/.pgpass หรือไฟล์ที่ PGPASSFILE ระบุ)</translation>
    </message>
    <message>
        <source>%1: the server did not accept the password of user %2</source>
        <translation>%1: เซิร์ฟเวอร์ไม่ยอมรับรหัสผ่านของผู้ใช้ %2</translation>
    </message>
    <message>
        <source>%1: the server has no database %2 (check the name, or ask the server&apos;s administrator to create it)</source>
        <translation>%1: เซิร์ฟเวอร์ไม่มีฐานข้อมูล %2 (ตรวจสอบชื่อ หรือขอให้ผู้ดูแลเซิร์ฟเวอร์สร้างให้)</translation>
    </message>
    <message>
        <source>%1: the server accepts user %2 only over TLS: connect with sslmode=require or sslmode=verify-full</source>
        <translation>%1: เซิร์ฟเวอร์รับผู้ใช้ %2 ผ่าน TLS เท่านั้น: เชื่อมต่อด้วย sslmode=require หรือ sslmode=verify-full</translation>
    </message>
    <message>
        <source>%1: the server has no user %2</source>
        <translation>%1: เซิร์ฟเวอร์ไม่มีผู้ใช้ %2</translation>
    </message>
    <message>
        <source>%1: the server refuses this connection: %2</source>
        <translation>%1: เซิร์ฟเวอร์ปฏิเสธการเชื่อมต่อนี้: %2</translation>
    </message>
    <message>
        <source>%1: the server has no free connection (too many clients); try again later</source>
        <translation>%1: เซิร์ฟเวอร์ไม่มีช่องเชื่อมต่อว่าง (มีผู้ใช้เชื่อมต่ออยู่มากเกินไป) ลองใหม่ภายหลัง</translation>
    </message>
    <message>
        <source>%1: the server is starting up or shutting down; try again in a moment</source>
        <translation>%1: เซิร์ฟเวอร์กำลังเริ่มทำงานหรือกำลังปิด ลองใหม่อีกสักครู่</translation>
    </message>
    <message>
        <source>%1: TLS was required (sslmode=%2) but the server does not offer it</source>
        <translation>%1: กำหนดให้ใช้ TLS (sslmode=%2) แต่เซิร์ฟเวอร์ไม่รองรับ</translation>
    </message>
    <message>
        <source>%1: cannot verify the server&apos;s TLS certificate without the certificate of the authority that signed it: give sslrootcert=FILE (or put it in ~/.postgresql/root.crt)</source>
        <translation>%1: ตรวจสอบใบรับรอง TLS ของเซิร์ฟเวอร์ไม่ได้หากไม่มีใบรับรองของผู้ออกใบรับรองที่ลงนาม: ระบุ sslrootcert=FILE (หรือวางไว้ที่ ~/.postgresql/root.crt)</translation>
    </message>
    <message>
        <source>%1: the server&apos;s TLS certificate was not issued for this host name (%2)</source>
        <translation>%1: ใบรับรอง TLS ของเซิร์ฟเวอร์ไม่ได้ออกให้ชื่อโฮสต์นี้ (%2)</translation>
    </message>
    <message>
        <source>%1: the TLS connection failed: %2</source>
        <translation>%1: การเชื่อมต่อ TLS ล้มเหลว: %2</translation>
    </message>
    <message>
        <source>%1: unknown host name %2</source>
        <translation>%1: ไม่รู้จักชื่อโฮสต์ %2</translation>
    </message>
    <message>
        <source>%1: no PostgreSQL server answers there (connection refused): is it running, and are host and port right?</source>
        <translation>%1: ไม่มีเซิร์ฟเวอร์ PostgreSQL ตอบที่นั่น (การเชื่อมต่อถูกปฏิเสธ): เซิร์ฟเวอร์ทำงานอยู่ไหม และโฮสต์กับพอร์ตถูกต้องหรือเปล่า</translation>
    </message>
    <message>
        <source>%1: no PostgreSQL server listens on this local socket: is it running?</source>
        <translation>%1: ไม่มีเซิร์ฟเวอร์ PostgreSQL รออยู่ที่ซ็อกเก็ตในเครื่องนี้: เซิร์ฟเวอร์ทำงานอยู่หรือเปล่า</translation>
    </message>
    <message>
        <source>%1: the server did not answer in time</source>
        <translation>%1: เซิร์ฟเวอร์ไม่ตอบภายในเวลาที่กำหนด</translation>
    </message>
    <message>
        <source>%1: cannot reach the server: %2</source>
        <translation>%1: ติดต่อเซิร์ฟเวอร์ไม่ได้: %2</translation>
    </message>
    <message>
        <source>%1: cannot connect: %2</source>
        <translation>%1: เชื่อมต่อไม่ได้: %2</translation>
    </message>
    <message>
        <source>the server ended the session: an administrator terminated it or the server is shutting down</source>
        <translation>เซิร์ฟเวอร์ปิดเซสชัน: ผู้ดูแลระบบสั่งปิด หรือเซิร์ฟเวอร์กำลังปิดตัว</translation>
    </message>
    <message>
        <source>the server is restarting</source>
        <translation>เซิร์ฟเวอร์กำลังรีสตาร์ต</translation>
    </message>
    <message>
        <source>the session was idle too long and the server closed it</source>
        <translation>เซสชันไม่มีการใช้งานนานเกินไป เซิร์ฟเวอร์จึงปิดไป</translation>
    </message>
    <message>
        <source>the server or the network closed it</source>
        <translation>เซิร์ฟเวอร์หรือเครือข่ายปิดการเชื่อมต่อ</translation>
    </message>
    <message>
        <source>%1: the connection to the server was lost (%2); reconnect to go on</source>
        <translation>%1: การเชื่อมต่อกับเซิร์ฟเวอร์ขาดหาย (%2) เชื่อมต่อใหม่เพื่อทำงานต่อ</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>%1 The server may or may not have saved the changes: check, and repeat the work if they are missing.</source>
        <translation>%1 ไม่แน่ใจว่าเซิร์ฟเวอร์บันทึกการเปลี่ยนแปลงไว้แล้วหรือยัง: ตรวจสอบดู และทำซ้ำหากข้อมูลหายไป</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Plan from a bookings target</source>
        <translation>วางแผนจากเป้าหมายยอดปิดการขาย</translation>
    </message>
    <message>
        <source>From a bookings target back to what each stage must deliver, with the workspace&apos;s own conversion rates, deal size and sales cycle. Change any rate to ask &quot;what if&quot;.</source>
        <translation>ย้อนจากเป้าหมายยอดปิดการขายกลับไปว่าแต่ละขั้นต้องทำได้เท่าไร โดยใช้อัตราคอนเวอร์ชัน ขนาดดีล และรอบการขายของเวิร์กสเปซนี้เอง เปลี่ยนอัตราใดก็ได้เพื่อลองสมมติว่า &quot;ถ้าเป็นอย่างนี้ล่ะ&quot;</translation>
    </message>
    <message>
        <source>Bookings &amp;target:</source>
        <translation>เป้าหมายยอดปิดการขาย(&amp;T):</translation>
    </message>
    <message>
        <source>Bookings target</source>
        <translation>เป้าหมายยอดปิดการขาย</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>ช่วงเวลา(&amp;P):</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>ช่วงเวลา</translation>
    </message>
    <message>
        <source>Rates (the workspace&apos;s own; change any as a what-if)</source>
        <translation>อัตรา (ของเวิร์กสเปซนี้เอง เปลี่ยนค่าใดก็ได้เพื่อลองสมมติ)</translation>
    </message>
    <message>
        <source>Average &amp;deal size:</source>
        <translation>ขนาดดีลเฉลี่ย(&amp;D):</translation>
    </message>
    <message>
        <source>Average deal size</source>
        <translation>ขนาดดีลเฉลี่ย</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>ไม่มีข้อมูล</translation>
    </message>
    <message>
        <source>&amp;Win rate (%):</source>
        <translation>อัตราการปิดการขาย (%)(&amp;W):</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>อัตราการปิดการขาย</translation>
    </message>
    <message>
        <source>Sales &amp;cycle (days):</source>
        <translation>รอบการขาย (วัน)(&amp;C):</translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation>รอบการขาย</translation>
    </message>
    <message>
        <source>SQL → &amp;opportunity (%):</source>
        <translation>SQL → โอกาสการขาย (%)(&amp;O):</translation>
    </message>
    <message>
        <source>SQL to opportunity rate</source>
        <translation>อัตรา SQL เป็นโอกาสการขาย</translation>
    </message>
    <message>
        <source>SAL → S&amp;QL (%):</source>
        <translation>SAL → SQL (%)(&amp;Q):</translation>
    </message>
    <message>
        <source>SAL to SQL rate</source>
        <translation>อัตรา SAL เป็น SQL</translation>
    </message>
    <message>
        <source>MQL → SA&amp;L, accepted (%):</source>
        <translation>MQL → SAL ที่ฝ่ายขายรับ (%)(&amp;L):</translation>
    </message>
    <message>
        <source>MQL to SAL rate</source>
        <translation>อัตรา MQL เป็น SAL</translation>
    </message>
    <message>
        <source>&amp;Reset to the workspace&apos;s rates</source>
        <translation>กลับไปใช้อัตราของเวิร์กสเปซ(&amp;R)</translation>
    </message>
    <message>
        <source>What each stage must deliver</source>
        <translation>สิ่งที่แต่ละขั้นต้องทำให้ได้</translation>
    </message>
</context>
<context>
    <name>ProfileCheck</name>
    <message>
        <source> or </source>
        <translation> หรือ </translation>
    </message>
    <message>
        <source>, or </source>
        <translation> หรือ </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a column of %2; did you mean &apos;%3&apos;? (%4 is not imported)</source>
        <translation>&apos;%1&apos; ไม่ใช่คอลัมน์ของ %2 หมายถึง &apos;%3&apos; หรือไม่ (จึงไม่ได้นำเข้า %4)</translation>
    </message>
    <message>
        <source>%1: no column gives %2, which every row needs, and profile &apos;%3&apos; maps no column to it</source>
        <translation>%1: ไม่มีคอลัมน์ใดให้ค่า %2 ซึ่งทุกแถวต้องมี และโปรไฟล์ &apos;%3&apos; ไม่ได้จับคู่คอลัมน์ใดไว้</translation>
    </message>
    <message>
        <source>%1: no column gives %2, which every row needs (profile &apos;%3&apos; reads it from %4)</source>
        <translation>%1: ไม่มีคอลัมน์ใดให้ค่า %2 ซึ่งทุกแถวต้องมี (โปรไฟล์ &apos;%3&apos; อ่านค่านี้จาก %4)</translation>
    </message>
    <message>
        <source>; did you mean &apos;%1&apos; for &apos;%2&apos;?</source>
        <translation> หมายถึง &apos;%1&apos; แทน &apos;%2&apos; หรือไม่</translation>
    </message>
    <message>
        <source>%1: the header lacks the signature of profile &apos;%2&apos; (%3), so the file is not what that profile reads</source>
        <translation>%1: ส่วนหัวไม่มีลายเซ็นของโปรไฟล์ &apos;%2&apos; (%3) ไฟล์นี้จึงไม่ใช่ไฟล์ที่โปรไฟล์นั้นอ่าน</translation>
    </message>
    <message>
        <source>; it fits profile &apos;%1&apos;</source>
        <translation> ไฟล์นี้ตรงกับโปรไฟล์ &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>n/a</source>
        <translation>ไม่มีข้อมูล</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>โปรไฟล์</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>แถว</translation>
    </message>
    <message>
        <source>New</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>อัปเดต</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>ไม่เปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>ชุดการนำเข้า</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n reference(s) to records not in the workspace yet (e.g. %2); kept and linked when those records are imported</source>
        <translation>
            <numerusform>%1: การอ้างอิง %n รายการชี้ไปยังเรคคอร์ดที่ยังไม่มีในเวิร์กสเปซ (เช่น %2) เก็บไว้แล้ว และจะเชื่อมโยงเมื่อนำเข้าเรคคอร์ดเหล่านั้น</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s) that earlier imports kept are now linked</source>
        <translation>
            <numerusform>การอ้างอิง %n รายการที่การนำเข้าครั้งก่อนเก็บไว้ ตอนนี้เชื่อมโยงแล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) without a date, kept as reached, date unknown</source>
        <translation>
            <numerusform>%1: %n เรคคอร์ดไม่มีวันที่ เก็บไว้เป็น “ถึงขั้นนี้แล้ว ไม่ทราบวันที่”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deal stage “%1” is not yet defined (%n deal(s)): open until someone defines it on the Definitions page</source>
        <translation>
            <numerusform>ขั้นของดีล “%1” ยังไม่ได้กำหนดนิยาม (%n ดีล): ถือว่าเปิดอยู่จนกว่าจะมีผู้กำหนดนิยามในหน้านิยาม</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Demand generation</source>
        <translation>การสร้างดีมานด์</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>คอนเทนต์</translation>
    </message>
    <message>
        <source>Marketing ops</source>
        <translation>ปฏิบัติการการตลาด</translation>
    </message>
    <message>
        <source>Product marketing</source>
        <translation>การตลาดผลิตภัณฑ์</translation>
    </message>
    <message>
        <source>BDR (outbound)</source>
        <translation>BDR (เชิงรุก)</translation>
    </message>
    <message>
        <source>SDR (inbound)</source>
        <translation>SDR (เชิงรับ)</translation>
    </message>
    <message>
        <source>Account executive</source>
        <translation>AE (พนักงานปิดการขาย)</translation>
    </message>
    <message>
        <source>Sales ops</source>
        <translation>ปฏิบัติการฝ่ายขาย</translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <source>Matches a persona</source>
        <translation>ตรงกับเพอร์โซนา</translation>
    </message>
    <message>
        <source>Senior title (VP, Head, Director, Chief…)</source>
        <translation>ตำแหน่งระดับสูง (VP, Head, Director, Chief…)</translation>
    </message>
    <message>
        <source>Company of 200–5,000 employees</source>
        <translation>บริษัทที่มีพนักงาน 200–5,000 คน</translation>
    </message>
    <message>
        <source>Company of 50–199 employees</source>
        <translation>บริษัทที่มีพนักงาน 50–199 คน</translation>
    </message>
    <message>
        <source>Target industry</source>
        <translation>อุตสาหกรรมเป้าหมาย</translation>
    </message>
    <message>
        <source>Target country</source>
        <translation>ประเทศเป้าหมาย</translation>
    </message>
    <message>
        <source>Demo request</source>
        <translation>ขอเดโม</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>ประชุม</translation>
    </message>
    <message>
        <source>Form fill</source>
        <translation>กรอกฟอร์ม</translation>
    </message>
    <message>
        <source>Event attended</source>
        <translation>เข้าร่วมอีเวนต์</translation>
    </message>
    <message>
        <source>Content download</source>
        <translation>ดาวน์โหลดคอนเทนต์</translation>
    </message>
    <message>
        <source>Email click</source>
        <translation>คลิกอีเมล</translation>
    </message>
    <message>
        <source>Web visit</source>
        <translation>เข้าชมเว็บไซต์</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1 (%2)</source>
        <translation>JSON ไม่ถูกต้องที่ตำแหน่ง %1 (%2)</translation>
    </message>
    <message>
        <source>the engagement half-life must be a positive number of days</source>
        <translation>ค่าครึ่งชีวิตของการมีส่วนร่วมต้องเป็นจำนวนวันที่มากกว่าศูนย์</translation>
    </message>
    <message>
        <source>fit rule %1: unknown field &apos;%2&apos; (known: persona, title, company_size, industry, country)</source>
        <translation>กฎความเหมาะสม %1: ไม่รู้จักฟิลด์ &apos;%2&apos; (ที่รู้จัก: persona, title, company_size, industry, country)</translation>
    </message>
    <message>
        <source>Cap on %1 (%2 points)</source>
        <translation>เพดานคะแนนของ %1 (%2 คะแนน)</translation>
    </message>
    <message>
        <source>fit rule %1 (%2)</source>
        <translation>กฎความเหมาะสมข้อ %1 (%2)</translation>
    </message>
    <message>
        <source>fit rule %1: give it a label</source>
        <translation>กฎความเหมาะสมข้อ %1: ตั้งชื่อกฎด้วย</translation>
    </message>
    <message>
        <source>%1: points must be a number</source>
        <translation>%1: คะแนนต้องเป็นตัวเลข</translation>
    </message>
    <message>
        <source>%1: list the values it matches</source>
        <translation>%1: ระบุค่าที่กฎนี้ใช้จับคู่</translation>
    </message>
    <message>
        <source>%1: give a minimum or a maximum number of employees</source>
        <translation>%1: ระบุจำนวนพนักงานขั้นต่ำหรือสูงสุด</translation>
    </message>
    <message>
        <source>%1: employee counts cannot be negative</source>
        <translation>%1: จำนวนพนักงานติดลบไม่ได้</translation>
    </message>
    <message>
        <source>%1: the minimum is above the maximum</source>
        <translation>%1: ค่าขั้นต่ำมากกว่าค่าสูงสุด</translation>
    </message>
    <message>
        <source>engagement rule %1 (%2)</source>
        <translation>กฎการมีส่วนร่วมข้อ %1 (%2)</translation>
    </message>
    <message>
        <source>engagement rule %1: give it a label</source>
        <translation>กฎการมีส่วนร่วมข้อ %1: ตั้งชื่อกฎด้วย</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an activity kind</source>
        <translation>%1: &apos;%2&apos; ไม่ใช่ประเภทกิจกรรม</translation>
    </message>
    <message>
        <source>cap for &apos;%1&apos;: no engagement rule is in that group</source>
        <translation>เพดานของ &apos;%1&apos;: ไม่มีกฎการมีส่วนร่วมใดอยู่ในกลุ่มนั้น</translation>
    </message>
    <message>
        <source>cap for &apos;%1&apos;: the group is capped twice</source>
        <translation>เพดานของ &apos;%1&apos;: กลุ่มนี้ถูกกำหนดเพดานซ้ำสองครั้ง</translation>
    </message>
    <message>
        <source>cap for &apos;%1&apos;: the cap must be zero or more points</source>
        <translation>เพดานของ &apos;%1&apos;: เพดานต้องเป็นศูนย์คะแนนขึ้นไป</translation>
    </message>
    <message>
        <source>the scoring model cannot be saved: %1</source>
        <translation>บันทึกโมเดลการให้คะแนนไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>SeriesBreakdown</name>
    <message>
        <source>Other</source>
        <translation>อื่นๆ</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <source>Funnel stage</source>
        <translation>ขั้นของฟันเนล</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>ขั้น:</translation>
    </message>
    <message>
        <source>Stage key</source>
        <translation>คีย์ของขั้น</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ชื่อ(&amp;N):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Owning &amp;team:</source>
        <translation>ทีมเจ้าของ(&amp;T):</translation>
    </message>
    <message>
        <source>Owning team</source>
        <translation>ทีมเจ้าของ</translation>
    </message>
    <message>
        <source>Agreed &amp;definition:</source>
        <translation>นิยามที่ตกลงกัน(&amp;D):</translation>
    </message>
    <message>
        <source>Agreed definition</source>
        <translation>นิยามที่ตกลงกัน</translation>
    </message>
    <message>
        <source>&amp;SLA:</source>
        <translation>&amp;SLA:</translation>
    </message>
    <message>
        <source>SLA in business hours</source>
        <translation>SLA เป็นชั่วโมงทำการ</translation>
    </message>
    <message>
        <source>no SLA</source>
        <translation>ไม่มี SLA</translation>
    </message>
    <message>
        <source> business hours</source>
        <translation> ชั่วโมงทำการ</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>หมายเหตุ(&amp;N):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Why the change (optional; kept in the change log)</source>
        <translation>เหตุผลที่เปลี่ยน (ไม่บังคับ; เก็บไว้ในบันทึกการเปลี่ยนแปลง)</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>เปลี่ยนโดย</translation>
    </message>
</context>
<context>
    <name>Suggest</name>
    <message>
        <source>none known</source>
        <translation>ไม่มีที่รู้จัก</translation>
    </message>
    <message>
        <source>known: %1</source>
        <translation>ที่รู้จัก: %1</translation>
    </message>
    <message>
        <source>%1 known, e.g. %2, …</source>
        <translation>รู้จัก %1 รายการ เช่น %2, …</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos; (did you mean &apos;%3&apos;? %4)</source>
        <translation>%1 &apos;%2&apos; ที่ไม่รู้จัก (หมายถึง &apos;%3&apos; หรือไม่ %4)</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos; (%3)</source>
        <translation>%1 &apos;%2&apos; ที่ไม่รู้จัก (%3)</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>Marketing</source>
        <translation>การตลาด</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>ฝ่ายขาย</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>ร่วมกัน</translation>
    </message>
</context>
<context>
    <name>TeamAddress</name>
    <message>
        <source>Team workspace — %1 on %2:%3</source>
        <translation>เวิร์กสเปซของทีม — %1 บน %2:%3</translation>
    </message>
    <message>
        <source>Team workspace</source>
        <translation>เวิร์กสเปซของทีม</translation>
    </message>
</context>
<context>
    <name>TeamStatus</name>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Also imported today: %1</source>
        <translation>นำเข้าวันนี้ด้วย: %1</translation>
    </message>
    <message>
        <source>Team workspace on %1:%2/%3</source>
        <translation>เวิร์กสเปซของทีมบน %1:%2/%3</translation>
    </message>
    <message>
        <source>Team workspace</source>
        <translation>เวิร์กสเปซของทีม</translation>
    </message>
</context>
<context>
    <name>TeamWatcher</name>
    <message>
        <source>just now</source>
        <translation>เมื่อสักครู่</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>1 นาทีที่แล้ว</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>%1 นาทีที่แล้ว</translation>
    </message>
    <message>
        <source>Updated by %1&apos;s undo of the import of %2, %3</source>
        <translation>อัปเดตแล้ว: %1 ย้อนการนำเข้า %2, %3</translation>
    </message>
    <message>
        <source>Updated by %1&apos;s import of %2, %3</source>
        <translation>อัปเดตแล้ว: %1 นำเข้า %2, %3</translation>
    </message>
</context>
<context>
    <name>ValidationPage</name>
    <message>
        <source>&amp;Skip invalid rows (import the valid ones and leave the rest out)</source>
        <translation>ข้ามแถวที่ไม่ถูกต้อง (นำเข้าเฉพาะแถวที่ถูกต้อง ส่วนที่เหลือไม่นำเข้า)(&amp;S)</translation>
    </message>
    <message>
        <source>Click a problem to see the first line that has it.</source>
        <translation>คลิกปัญหาเพื่อดูบรรทัดแรกที่พบปัญหานั้น</translation>
    </message>
</context>
<context>
    <name>Waterfall</name>
    <message numerus="yes">
        <source>%n deal(s) had no recorded amount or close date as early as the first moment; their first recorded values are used (e.g. %1)</source>
        <translation>
            <numerusform>%n ดีลยังไม่มีการบันทึกมูลค่าหรือวันที่ปิด ณ จุดเวลาแรก จึงใช้ค่าแรกที่บันทึกไว้ (เช่น %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) have no amount and count as 0 (e.g. %1)</source>
        <translation>
            <numerusform>%n ดีลไม่มีมูลค่า จึงนับเป็น 0 (เช่น %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) in the window closed with a close date outside it; they count as won or lost (e.g. %1)</source>
        <translation>
            <numerusform>%n ดีลในช่วงปิดแล้วโดยมีวันที่ปิดอยู่นอกช่วง จึงนับเป็นชนะหรือแพ้ (เช่น %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stalled deals: %n stage(s) have no expected days and are not judged (%1)</source>
        <translation>
            <numerusform>ดีลที่ค้าง: %n ขั้นไม่ได้กำหนดจำนวนวันที่คาดไว้ จึงไม่ได้ประเมิน (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>the funnel has no MQL stage</source>
        <translation>ฟันเนลไม่มีขั้น MQL</translation>
    </message>
    <message>
        <source>no period to compare</source>
        <translation>ไม่มีช่วงเวลาให้เปรียบเทียบ</translation>
    </message>
    <message>
        <source>no MQLs in the data</source>
        <translation>ไม่มี MQL ในข้อมูล</translation>
    </message>
    <message>
        <source>no deal history yet: every deals import is a snapshot; import this week&apos;s deals export (and next week&apos;s), or a stage history (Salesforce OpportunityHistory, HubSpot &quot;Date entered&quot; columns)</source>
        <translation>ยังไม่มีประวัติดีล: การนำเข้าดีลทุกครั้งคือสแนปช็อต นำเข้าไฟล์ดีลของสัปดาห์นี้ (และของสัปดาห์หน้า) หรือประวัติขั้น (Salesforce OpportunityHistory, คอลัมน์ &quot;Date entered&quot; ของ HubSpot)</translation>
    </message>
    <message>
        <source>the first moment (%1) is not before the second (%2)</source>
        <translation>จุดเวลาแรก (%1) ไม่ได้อยู่ก่อนจุดเวลาที่สอง (%2)</translation>
    </message>
    <message>
        <source>the deal history starts on %1, after %2: import an earlier deals export (revalign-cli import --as-of DATE) or a stage history to see what moved before</source>
        <translation>ประวัติดีลเริ่มเมื่อ %1 ซึ่งหลังจาก %2: นำเข้าไฟล์ดีลที่เก่ากว่า (revalign-cli import --as-of DATE) หรือประวัติขั้น เพื่อดูว่ามีอะไรเปลี่ยนไปก่อนหน้านั้น</translation>
    </message>
</context>
<context>
    <name>WaterfallModel</name>
    <message>
        <source>Start</source>
        <translation>ยอดเริ่มต้น</translation>
    </message>
    <message>
        <source>End</source>
        <translation>ยอดสิ้นสุด</translation>
    </message>
    <message>
        <source>New</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <source>Pulled in</source>
        <translation>ดึงเข้ามา</translation>
    </message>
    <message>
        <source>Increased</source>
        <translation>เพิ่มขึ้น</translation>
    </message>
    <message>
        <source>Decreased</source>
        <translation>ลดลง</translation>
    </message>
    <message>
        <source>Pushed out</source>
        <translation>เลื่อนออก</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>ชนะ</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>แพ้</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>ไม่มีข้อมูล</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n deal(s))</source>
        <translation>
            <numerusform>%1: %2 (%n ดีล)</numerusform>
        </translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>แท่ง</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>ฐาน</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <source>Taken away</source>
        <translation>หัก</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>ไปป์ไลน์</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>มูลค่า</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>ดีล</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: ไม่พบไฟล์</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: อ่านไม่ได้: %2</translation>
    </message>
    <message>
        <source>%1: not a RevAlign workspace (not an SQLite database)</source>
        <translation>%1: ไม่ใช่เวิร์กสเปซของ RevAlign (ไม่ใช่ฐานข้อมูล SQLite)</translation>
    </message>
    <message>
        <source>%1: not a RevAlign workspace (an SQLite database of another application)</source>
        <translation>%1: ไม่ใช่เวิร์กสเปซของ RevAlign (เป็นฐานข้อมูล SQLite ของแอปพลิเคชันอื่น)</translation>
    </message>
    <message>
        <source>%1: written by a newer RevAlign (workspace version %2; this version reads up to %3). Update RevAlign to open it.</source>
        <translation>%1: สร้างโดย RevAlign เวอร์ชันที่ใหม่กว่า (เวิร์กสเปซเวอร์ชัน %2 แต่เวอร์ชันนี้อ่านได้ถึง %3) อัปเดต RevAlign เพื่อเปิดไฟล์นี้</translation>
    </message>
    <message>
        <source>%1: already exists; choose another name or open it</source>
        <translation>%1: มีอยู่แล้ว เลือกชื่ออื่นหรือเปิดไฟล์นั้น</translation>
    </message>
    <message>
        <source>table &apos;%1&apos; is missing</source>
        <translation>ไม่มีตาราง &apos;%1&apos;</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; of table &apos;%2&apos; is missing</source>
        <translation>ไม่มีคอลัมน์ &apos;%1&apos; ของตาราง &apos;%2&apos;</translation>
    </message>
    <message>
        <source>index &apos;%1&apos; is missing</source>
        <translation>ไม่มีดัชนี &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 importing %2, process %3, since %4</source>
        <translation>%1 กำลังนำเข้า %2 โปรเซส %3 ตั้งแต่ %4</translation>
    </message>
    <message>
        <source>an SQLite database of another application</source>
        <translation>เป็นฐานข้อมูล SQLite ของแอปพลิเคชันอื่น</translation>
    </message>
    <message>
        <source>an SQLite database without RevAlign&apos;s application id</source>
        <translation>เป็นฐานข้อมูล SQLite ที่ไม่มีรหัสแอปพลิเคชันของ RevAlign</translation>
    </message>
    <message>
        <source>the database has tables but no revalign_meta</source>
        <translation>ฐานข้อมูลมีตารางอยู่แล้ว แต่ไม่มีตาราง revalign_meta</translation>
    </message>
    <message>
        <source>its revalign_meta table is empty</source>
        <translation>ตาราง revalign_meta ว่างเปล่า</translation>
    </message>
    <message>
        <source>revalign_meta names application id %1</source>
        <translation>revalign_meta ระบุรหัสแอปพลิเคชัน %1</translation>
    </message>
    <message>
        <source>%1: not a RevAlign workspace (%2)</source>
        <translation>%1: ไม่ใช่เวิร์กสเปซของ RevAlign (%2)</translation>
    </message>
    <message>
        <source>%1: not a RevAlign workspace yet (the database is empty); run `revalign-cli upgrade %1` to create its schema</source>
        <translation>%1: ยังไม่ใช่เวิร์กสเปซของ RevAlign (ฐานข้อมูลยังว่างอยู่) ให้รัน `revalign-cli upgrade %1` เพื่อสร้างโครงสร้างฐานข้อมูล</translation>
    </message>
    <message>
        <source>it was upgraded by a newer RevAlign (workspace version %1; this version knows up to %2): opened for reading; update RevAlign to change it</source>
        <translation>เวิร์กสเปซนี้ถูกอัปเกรดโดย RevAlign เวอร์ชันที่ใหม่กว่า (เวิร์กสเปซเวอร์ชัน %1 แต่เวอร์ชันนี้รู้จักถึง %2): เปิดแบบอ่านอย่างเดียว อัปเดต RevAlign เพื่อแก้ไข</translation>
    </message>
    <message>
        <source>it may be changed only by RevAlign %1 or newer (this is %2): opened for reading; update RevAlign to change it</source>
        <translation>แก้ไขได้เฉพาะ RevAlign %1 ขึ้นไป (เวอร์ชันนี้คือ %2): เปิดแบบอ่านอย่างเดียว อัปเดต RevAlign เพื่อแก้ไข</translation>
    </message>
    <message>
        <source>its workspace version %1 is older than this RevAlign&apos;s %2: opened for reading; run `revalign-cli upgrade %3` to bring it up to date</source>
        <translation>เวิร์กสเปซเวอร์ชัน %1 เก่ากว่าเวอร์ชัน %2 ของ RevAlign นี้: เปิดแบบอ่านอย่างเดียว ให้รัน `revalign-cli upgrade %3` เพื่ออัปเกรดให้เป็นปัจจุบัน</translation>
    </message>
    <message>
        <source>%1: the upgrade was cancelled while waiting (nothing was changed)</source>
        <translation>%1: ยกเลิกการอัปเกรดระหว่างรอ (ไม่มีการเปลี่ยนแปลงใดๆ)</translation>
    </message>
    <message>
        <source>%1: another upgrade held the workspace too long (nothing was changed)</source>
        <translation>%1: มีการอัปเกรดอื่นครอบครองเวิร์กสเปซนานเกินไป (ไม่มีการเปลี่ยนแปลงใดๆ)</translation>
    </message>
    <message>
        <source>%1: upgraded by a newer RevAlign (workspace version %2; this version knows up to %3); nothing was changed</source>
        <translation>%1: ถูกอัปเกรดโดย RevAlign เวอร์ชันที่ใหม่กว่า (เวิร์กสเปซเวอร์ชัน %2 แต่เวอร์ชันนี้รู้จักถึง %3) ไม่มีการเปลี่ยนแปลงใดๆ</translation>
    </message>
    <message>
        <source>it is on a read-only disk</source>
        <translation>อยู่บนดิสก์แบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>ไฟล์เป็นแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation>โฟลเดอร์ของไฟล์เป็นแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <source>the disk is full (%1 free)</source>
        <translation>ดิสก์เต็ม (ว่าง %1)</translation>
    </message>
    <message>
        <source>another program is writing to it</source>
        <translation>มีโปรแกรมอื่นกำลังเขียนลงไฟล์นี้</translation>
    </message>
    <message>
        <source>another import is writing to it (%1)</source>
        <translation>มีการนำเข้าอื่นกำลังเขียนลงไฟล์นี้ (%1)</translation>
    </message>
    <message>
        <source>opened for reading</source>
        <translation>เปิดเพื่ออ่านอย่างเดียว</translation>
    </message>
    <message>
        <source>%1: cannot be changed now: %2 (nothing was written)</source>
        <translation>%1: เปลี่ยนแปลงตอนนี้ไม่ได้: %2 (ไม่ได้เขียนข้อมูลใดๆ)</translation>
    </message>
    <message>
        <source>%1: cannot keep a copy before upgrading (%2)</source>
        <translation>%1: เก็บสำเนาก่อนอัปเกรดไม่ได้ (%2)</translation>
    </message>
    <message>
        <source>%1: cannot read it here: %2 holds changes not yet written into the workspace, and its folder cannot be written; copy both files to a folder you can write to</source>
        <translation>%1: อ่านที่นี่ไม่ได้: %2 มีการเปลี่ยนแปลงที่ยังไม่ได้เขียนลงเวิร์กสเปซ และเขียนลงโฟลเดอร์นี้ไม่ได้ ให้คัดลอกทั้งสองไฟล์ไปไว้ในโฟลเดอร์ที่เขียนได้</translation>
    </message>
    <message>
        <source>%1: written by an older RevAlign (workspace version %2); it is upgraded the first time it is opened where it can be written, and here %3</source>
        <translation>%1: สร้างโดย RevAlign รุ่นเก่า (เวิร์กสเปซเวอร์ชัน %2) จะอัปเกรดเมื่อเปิดครั้งแรกในที่ที่เขียนได้ แต่ที่นี่%3</translation>
    </message>
    <message>
        <source>the workspace could not be compacted: %1 — free space, then RevAlign finishes the write</source>
        <translation>บีบอัดเวิร์กสเปซไม่ได้: %1 — เพิ่มพื้นที่ว่าง แล้ว RevAlign จะเขียนให้เสร็จ</translation>
    </message>
    <message>
        <source>%1: the workspace is damaged (%2); RevAlign does not read or change a damaged workspace.%3</source>
        <translation>%1: เวิร์กสเปซเสียหาย (%2) RevAlign จะไม่อ่านหรือเปลี่ยนแปลงเวิร์กสเปซที่เสียหาย%3</translation>
    </message>
    <message>
        <source> Restore it from a backup.</source>
        <translation> กู้คืนจากไฟล์สำรอง</translation>
    </message>
    <message>
        <source> A copy from before the upgrade to version %1 is kept: %2.</source>
        <translation> มีสำเนาจากก่อนการอัปเกรดเป็นเวอร์ชัน %1 เก็บไว้: %2</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>และอีก %1 ตาราง</translation>
    </message>
    <message>
        <source>%1: workspace version %2 is older than this RevAlign&apos;s %3; run `revalign-cli upgrade %1` to bring it up to date, then open it</source>
        <translation>%1: เวิร์กสเปซเวอร์ชัน %2 เก่ากว่าเวอร์ชัน %3 ของ RevAlign นี้; ให้รัน `revalign-cli upgrade %1` เพื่ออัปเดตก่อน แล้วจึงเปิด</translation>
    </message>
    <message>
        <source>%1; and the tables created could not be dropped again (%2)</source>
        <translation>%1; และลบตารางที่สร้างไว้ออกไม่ได้ (%2)</translation>
    </message>
    <message>
        <source>the database is not empty (%1 tables: %2)</source>
        <translation>ฐานข้อมูลไม่ว่าง (มี %1 ตาราง: %2)</translation>
    </message>
    <message>
        <source>%1: %2; a team workspace is created only in an empty database or schema (nothing was changed)</source>
        <translation>%1: %2 เวิร์กสเปซทีมสร้างได้เฉพาะในฐานข้อมูลหรือสคีมาที่ว่างเท่านั้น (ไม่ได้เปลี่ยนแปลงอะไร)</translation>
    </message>
</context>
<context>
    <name>WorkspaceCopy</name>
    <message>
        <source>%1: workspace version %2 is older than this RevAlign&apos;s %3; run `revalign-cli upgrade %1` first, then copy</source>
        <translation>%1: เวิร์กสเปซเวอร์ชัน %2 เก่ากว่าเวอร์ชัน %3 ของ RevAlign นี้ ให้รัน `revalign-cli upgrade %1` ก่อน แล้วจึงคัดลอก</translation>
    </message>
    <message>
        <source>%1: table %2, column %3 holds a %4 value; a workspace keeps none, so it is not copied</source>
        <translation>%1: ตาราง %2 คอลัมน์ %3 มีค่าชนิด %4 ซึ่งเวิร์กสเปซไม่เก็บ จึงไม่คัดลอก</translation>
    </message>
    <message>
        <source>%1: table %2, row %3, column %4: a %5 value where the workspace keeps %6; nothing was copied</source>
        <translation>%1: ตาราง %2 แถว %3 คอลัมน์ %4: มีค่าชนิด %5 ในที่ที่เวิร์กสเปซเก็บ %6 จึงไม่ได้คัดลอกอะไรเลย</translation>
    </message>
    <message>
        <source>%1: already exists; copy into a new file (an existing one is never overwritten)</source>
        <translation>%1: มีไฟล์นี้อยู่แล้ว ให้คัดลอกลงไฟล์ใหม่ (ไม่เขียนทับไฟล์ที่มีอยู่)</translation>
    </message>
    <message>
        <source>%1: table %2 row %3 refers to a row of %4 the source does not have; nothing was copied</source>
        <translation>%1: ตาราง %2 แถว %3 อ้างถึงแถวของ %4 ที่ต้นทางไม่มี จึงไม่ได้คัดลอกอะไรเลย</translation>
    </message>
    <message>
        <source>%1: table %2 of the workspace schema is missing; the source is damaged</source>
        <translation>%1: ไม่มีตาราง %2 ของสคีมาเวิร์กสเปซ ต้นทางเสียหาย</translation>
    </message>
    <message>
        <source>%1: table %2 is not part of the workspace schema; it would not be copied, so nothing is</source>
        <translation>%1: ตาราง %2 ไม่ได้อยู่ในสคีมาเวิร์กสเปซ และจะไม่ถูกคัดลอก จึงไม่คัดลอกอะไรเลย</translation>
    </message>
    <message>
        <source>%1: table %2 has no column %3; the source is damaged</source>
        <translation>%1: ตาราง %2 ไม่มีคอลัมน์ %3 ต้นทางเสียหาย</translation>
    </message>
    <message>
        <source>%1: table %2 has a column %3 the workspace schema does not know; nothing is copied</source>
        <translation>%1: ตาราง %2 มีคอลัมน์ %3 ที่สคีมาเวิร์กสเปซไม่รู้จัก จึงไม่คัดลอกอะไรเลย</translation>
    </message>
    <message>
        <source> (removing what the copy created failed too: %1)</source>
        <translation> (ลบสิ่งที่การคัดลอกสร้างไว้ไม่สำเร็จด้วย: %1)</translation>
    </message>
    <message>
        <source>copy goes between engines: from a postgresql:// URL to a new workspace file</source>
        <translation>การคัดลอกทำข้ามเอนจิน: จาก URL แบบ postgresql:// ไปยังไฟล์เวิร์กสเปซใหม่</translation>
    </message>
    <message>
        <source>copy goes between engines: from a workspace file to a postgresql:// URL of an empty database</source>
        <translation>การคัดลอกทำข้ามเอนจิน: จากไฟล์เวิร์กสเปซไปยัง URL แบบ postgresql:// ของฐานข้อมูลที่ว่าง</translation>
    </message>
    <message>
        <source>%1: %2; copy into an empty database or schema (an existing workspace is never overwritten)</source>
        <translation>%1: %2 ให้คัดลอกลงฐานข้อมูลหรือสคีมาที่ว่าง (ไม่เขียนทับเวิร์กสเปซที่มีอยู่)</translation>
    </message>
</context>
<context>
    <name>revalign::ui::ActionItemModel</name>
    <message>
        <source>Carried over from the meeting of %1</source>
        <translation>ยกมาจากการประชุมวันที่ %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ยังไม่เสร็จ</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>เสร็จ %1</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (เลยกำหนด)</translation>
    </message>
    <message>
        <source>%1 (carried over)</source>
        <translation>%1 (ยกมา)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>เสร็จ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>สิ่งที่ต้องทำ</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>ทีม</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>กำหนดเสร็จ</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>วันที่เพิ่ม</translation>
    </message>
</context>
<context>
    <name>revalign::ui::AttributionComparisonModel</name>
    <message>
        <source>%1 under %2: %3 (%4% of %5)</source>
        <translation>%1 ตามโมเดล %2: %3 (%4% ของ %5)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>คีย์</translation>
    </message>
</context>
<context>
    <name>revalign::ui::AttributionPage</name>
    <message>
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>แคมเปญ</translation>
    </message>
    <message>
        <source>Team (marketing / sales touches)</source>
        <translation>ทีม (จุดสัมผัสของการตลาด / ฝ่ายขาย)</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>เพอร์โซนา</translation>
    </message>
    <message>
        <source>Pipeline created</source>
        <translation>ไปป์ไลน์ที่สร้าง</translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation>รายได้จากดีลที่ชนะ</translation>
    </message>
    <message>
        <source>Opportunities created</source>
        <translation>โอกาสการขายที่สร้าง</translation>
    </message>
    <message>
        <source>Attribution model</source>
        <translation>โมเดลการแบ่งเครดิต</translation>
    </message>
    <message>
        <source>Credit by</source>
        <translation>แบ่งเครดิตตาม</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <source> days</source>
        <translation> วัน</translation>
    </message>
    <message>
        <source>Time-decay half-life</source>
        <translation>ค่าครึ่งชีวิตของการลดทอนตามเวลา</translation>
    </message>
    <message>
        <source>Credit per model</source>
        <translation>เครดิตตามโมเดล</translation>
    </message>
    <message>
        <source>Credit per model, largest keys</source>
        <translation>เครดิตตามโมเดล เฉพาะคีย์ที่มีค่ามากที่สุด</translation>
    </message>
    <message>
        <source>Formula of the selected model</source>
        <translation>สูตรของโมเดลที่เลือก</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>โมเดล</translation>
    </message>
    <message>
        <source>Decay half-life</source>
        <translation>ค่าครึ่งชีวิตของการลดทอน</translation>
    </message>
    <message>
        <source>&lt;b&gt;How the selected model splits credit&lt;/b&gt;</source>
        <translation>&lt;b&gt;วิธีที่โมเดลที่เลือกแบ่งเครดิต&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sourced vs influenced&lt;/b&gt;</source>
        <translation>&lt;b&gt;เป็นแหล่งที่มาเทียบกับมีอิทธิพล&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>การแบ่งเครดิต</translation>
    </message>
    <message>
        <source>No workspace open.</source>
        <translation>ไม่มีเวิร์กสเปซที่เปิดอยู่</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>กำลังคำนวณ…</translation>
    </message>
    <message>
        <source>Loading journeys…</source>
        <translation>กำลังโหลดเส้นทางของผู้ติดต่อ…</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ถึง %2</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>ตลอดช่วงเวลา</translation>
    </message>
    <message>
        <source>%1 %2 over %3 opportunities (%4); every model adds up to this total to the cent. Touches after the conversion point get no credit.</source>
        <translation>%1 %2 จากโอกาสการขาย %3 รายการ (%4) ทุกโมเดลรวมได้ยอดนี้พอดีถึงหลักเซ็นต์ จุดสัมผัสหลังจุดคอนเวอร์ชันไม่ได้รับเครดิต</translation>
    </message>
    <message>
        <source>opportunities</source>
        <translation>โอกาสการขาย</translation>
    </message>
    <message>
        <source>Sourced</source>
        <translation>เป็นแหล่งที่มา</translation>
    </message>
    <message>
        <source>Influenced</source>
        <translation>มีอิทธิพล</translation>
    </message>
    <message>
        <source>Sourced: the deal&apos;s source field. Influenced: at least one touch of that team before the conversion point. A deal can be influenced by both teams.</source>
        <translation>เป็นแหล่งที่มา: ตามฟิลด์แหล่งที่มาของดีล มีอิทธิพล: มีจุดสัมผัสของทีมนั้นอย่างน้อยหนึ่งจุดก่อนจุดคอนเวอร์ชัน ดีลหนึ่งอาจได้รับอิทธิพลจากทั้งสองทีม</translation>
    </message>
    <message>
        <source>No deal matches the filters (%1): the persona, channel or owner chosen has no opportunity.</source>
        <translation>ไม่มีดีลที่ตรงกับตัวกรอง (%1): เพอร์โซนา ช่องทาง หรือเจ้าของที่เลือกไม่มีโอกาสการขาย</translation>
    </message>
    <message>
        <source>The team filter does not apply here: credit goes to the touches of both teams (see Credit by team).</source>
        <translation>ตัวกรองทีมไม่มีผลในหน้านี้: เครดิตมอบให้จุดสัมผัสของทั้งสองทีม (ดูที่ให้เครดิตตามทีม)</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>พันธมิตร</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>%1, millions</source>
        <translation>ล้าน %1</translation>
    </message>
    <message>
        <source>%1, thousands</source>
        <translation>พัน %1</translation>
    </message>
    <message>
        <source>Credit per model, largest keys (%1)</source>
        <translation>เครดิตตามโมเดล เฉพาะคีย์ที่มีค่ามากที่สุด (%1)</translation>
    </message>
</context>
<context>
    <name>revalign::ui::BenchmarkDialog</name>
    <message>
        <source>&amp;Adopt the ticked targets</source>
        <translation>รับเป้าหมายที่ติ๊กไว้มาใช้(&amp;A)</translation>
    </message>
    <message>
        <source>Adopted the suggested benchmark</source>
        <translation>รับค่าอ้างอิงที่แนะนำมาเป็นเป้าหมาย</translation>
    </message>
</context>
<context>
    <name>revalign::ui::BenchmarkModel</name>
    <message>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>Adopt for KPI</source>
        <translation>รับมาใช้กับ KPI</translation>
    </message>
    <message>
        <source>Suggested target</source>
        <translation>เป้าหมายที่แนะนำ</translation>
    </message>
    <message>
        <source>Current target (month)</source>
        <translation>เป้าหมายปัจจุบัน (รายเดือน)</translation>
    </message>
    <message>
        <source>Where the number comes from</source>
        <translation>ที่มาของตัวเลข</translation>
    </message>
</context>
<context>
    <name>revalign::ui::BreakdownPage</name>
    <message>
        <source>Breakdowns</source>
        <translation>แจกแจงตัวเลข</translation>
    </message>
    <message>
        <source>By owner</source>
        <translation>ตามผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>By team</source>
        <translation>ตามทีม</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>ทีม</translation>
    </message>
    <message>
        <source>By deal stage</source>
        <translation>ตามขั้นของดีล</translation>
    </message>
    <message>
        <source>Deal stage</source>
        <translation>ขั้นของดีล</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>ตามช่องทาง</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <source>By campaign</source>
        <translation>ตามแคมเปญ</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>แคมเปญ</translation>
    </message>
    <message>
        <source>By persona</source>
        <translation>ตามเพอร์โซนา</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>เพอร์โซนา</translation>
    </message>
    <message>
        <source>By segment</source>
        <translation>ตามกลุ่มลูกค้า</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>กลุ่มลูกค้า</translation>
    </message>
    <message>
        <source>Break down by</source>
        <translation>แจกแจงตาม</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>เรียงตาม</translation>
    </message>
    <message>
        <source>Breakdown table</source>
        <translation>ตารางแจกแจง</translation>
    </message>
    <message>
        <source>sorted by</source>
        <translation>เรียงตาม</translation>
    </message>
    <message>
        <source>%1: n/a — %2</source>
        <translation>%1: ไม่มีข้อมูล — %2</translation>
    </message>
    <message>
        <source>Forecast roll-ups count the deals closing in the range: Commit = closed + commit, Best case adds best case, Pipeline adds the rest of the pipeline.</source>
        <translation>ยอดสะสมการคาดการณ์นับดีลที่ปิดในช่วงเวลานี้: คอมมิต = ปิดแล้ว + คอมมิต กรณีดีที่สุดบวกดีลกรณีดีที่สุดเพิ่ม ไปป์ไลน์บวกไปป์ไลน์ที่เหลือเพิ่ม</translation>
    </message>
    <message>
        <source>By manager</source>
        <translation>ตามผู้จัดการ</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>ผู้จัดการ</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>ตามภูมิภาค</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>ภูมิภาค</translation>
    </message>
    <message>
        <source>No owner in this workspace has a %1: import the CRM&apos;s users or a list of owners with their manager and region.</source>
        <translation>ไม่มีผู้รับผิดชอบคนใดในเวิร์กสเปซนี้ที่มี%1: นำเข้ารายชื่อผู้ใช้จาก CRM หรือรายชื่อผู้รับผิดชอบพร้อมผู้จัดการและภูมิภาคของแต่ละคน</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>ผู้จัดการ</translation>
    </message>
    <message>
        <source>region</source>
        <translation>ภูมิภาค</translation>
    </message>
</context>
<context>
    <name>revalign::ui::BreakdownTableModel</name>
    <message>
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>โอกาสการขาย</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>ไปป์ไลน์ที่เปิดอยู่</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>ปิดได้</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>ปิดไม่ได้</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>ยอดปิดการขาย</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>อัตราการปิดการขาย</translation>
    </message>
    <message>
        <source>Commit roll-up</source>
        <translation>ยอดสะสมคอมมิต</translation>
    </message>
    <message>
        <source>Best case roll-up</source>
        <translation>ยอดสะสมกรณีดีที่สุด</translation>
    </message>
    <message>
        <source>Pipeline roll-up</source>
        <translation>ยอดสะสมไปป์ไลน์</translation>
    </message>
</context>
<context>
    <name>revalign::ui::ChangeLogModel</name>
    <message>
        <source>Persona</source>
        <translation>เพอร์โซนา</translation>
    </message>
    <message>
        <source>Funnel stage</source>
        <translation>ขั้นของฟันเนล</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>team</source>
        <translation>ทีม</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>นิยาม</translation>
    </message>
    <message>
        <source>SLA hours</source>
        <translation>ชั่วโมง SLA</translation>
    </message>
    <message>
        <source>formula</source>
        <translation>สูตร</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>หน่วย</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>ทิศทาง</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <source>agreed on</source>
        <translation>วันที่ตกลง</translation>
    </message>
    <message>
        <source>agreed by</source>
        <translation>ผู้ตกลง</translation>
    </message>
    <message>
        <source>created</source>
        <translation>สร้างใหม่</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>ลบออก</translation>
    </message>
    <message>
        <source>description</source>
        <translation>คำอธิบาย</translation>
    </message>
    <message>
        <source>pains</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>สี</translation>
    </message>
    <message>
        <source>title keywords</source>
        <translation>คีย์เวิร์ดตำแหน่งงาน</translation>
    </message>
    <message>
        <source>industries</source>
        <translation>อุตสาหกรรม</translation>
    </message>
    <message>
        <source>minimum employees</source>
        <translation>จำนวนพนักงานขั้นต่ำ</translation>
    </message>
    <message>
        <source>maximum employees</source>
        <translation>จำนวนพนักงานสูงสุด</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(ว่าง)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>ใคร</translation>
    </message>
    <message>
        <source>What</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ฟิลด์</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>เดิม → ใหม่</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
</context>
<context>
    <name>revalign::ui::ChartPanel</name>
    <message>
        <source>%1, millions</source>
        <translation>ล้าน %1</translation>
    </message>
    <message>
        <source>%1, thousands</source>
        <translation>พัน %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing to show for this period.</source>
        <translation>ไม่มีข้อมูลให้แสดงในช่วงเวลานี้</translation>
    </message>
</context>
<context>
    <name>revalign::ui::ConflictDialog</name>
    <message>
        <source>Action item changed meanwhile</source>
        <translation>รายการงานถูกแก้ไขในระหว่างนี้</translation>
    </message>
    <message>
        <source>Note changed meanwhile</source>
        <translation>บันทึกถูกแก้ไขในระหว่างนี้</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>ใครบางคน</translation>
    </message>
    <message>
        <source>%1 changed this action item after you opened it. Nothing was saved yet: which text should stay?</source>
        <translation>%1 แก้ไขรายการงานนี้หลังจากที่คุณเปิดดู ยังไม่มีการบันทึกใด ๆ: จะเก็บข้อความใดไว้?</translation>
    </message>
    <message>
        <source>%1 changed this note after you opened it. Nothing was saved yet: which text should stay?</source>
        <translation>%1 แก้ไขบันทึกนี้หลังจากที่คุณเปิดดู ยังไม่มีการบันทึกใด ๆ: จะเก็บข้อความใดไว้?</translation>
    </message>
    <message>
        <source>Someone deleted this action item after you opened it. Add yours again?</source>
        <translation>มีผู้ลบรายการงานนี้หลังจากที่คุณเปิดดู จะเพิ่มของคุณกลับเข้าไปหรือไม่?</translation>
    </message>
    <message>
        <source>Someone deleted this note after you opened it. Add yours again?</source>
        <translation>มีผู้ลบบันทึกนี้หลังจากที่คุณเปิดดู จะเพิ่มของคุณกลับเข้าไปหรือไม่?</translation>
    </message>
    <message>
        <source>%1 changed this action item after you opened it. Delete it anyway?</source>
        <translation>%1 แก้ไขรายการงานนี้หลังจากที่คุณเปิดดู จะลบต่อไปหรือไม่?</translation>
    </message>
    <message>
        <source>%1 changed this note after you opened it. Delete it anyway?</source>
        <translation>%1 แก้ไขบันทึกนี้หลังจากที่คุณเปิดดู จะลบต่อไปหรือไม่?</translation>
    </message>
    <message>
        <source>Theirs: deleted</source>
        <translation>ของเขา: ถูกลบแล้ว</translation>
    </message>
    <message>
        <source>Theirs (%1), as stored now:</source>
        <translation>ของเขา (%1) ตามที่บันทึกอยู่ตอนนี้:</translation>
    </message>
    <message>
        <source>Theirs (%1, %2), as stored now:</source>
        <translation>ของเขา (%1, %2) ตามที่บันทึกอยู่ตอนนี้:</translation>
    </message>
    <message>
        <source>Their text</source>
        <translation>ข้อความของเขา</translation>
    </message>
    <message>
        <source>Yours, as you saw it:</source>
        <translation>ของคุณ ตามที่คุณเห็น:</translation>
    </message>
    <message>
        <source>Yours:</source>
        <translation>ของคุณ:</translation>
    </message>
    <message>
        <source>Your text</source>
        <translation>ข้อความของคุณ</translation>
    </message>
    <message>
        <source>Add mine again</source>
        <translation>เพิ่มของฉันอีกครั้ง</translation>
    </message>
    <message>
        <source>Delete anyway</source>
        <translation>ลบต่อไป</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>เก็บของฉัน</translation>
    </message>
    <message>
        <source>Discard mine</source>
        <translation>ทิ้งของฉัน</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>เก็บของเขา</translation>
    </message>
    <message>
        <source>Copy mine to clipboard and reload</source>
        <translation>คัดลอกของฉันไปคลิปบอร์ดแล้วโหลดใหม่</translation>
    </message>
</context>
<context>
    <name>revalign::ui::ConnectDialog</name>
    <message>
        <source>Test cancelled.</source>
        <translation>ยกเลิกการทดสอบแล้ว</translation>
    </message>
    <message>
        <source>%1 Enter the password above, or keep it in ~/.pgpass.</source>
        <translation>%1 ใส่รหัสผ่านด้านบน หรือเก็บไว้ใน ~/.pgpass</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1 over TLS.</source>
        <translation>เชื่อมต่อ PostgreSQL %1 ผ่าน TLS แล้ว</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1 without TLS: the password and data travel unencrypted.</source>
        <translation>เชื่อมต่อ PostgreSQL %1 แล้วโดยไม่ใช้ TLS: รหัสผ่านและข้อมูลส่งโดยไม่เข้ารหัส</translation>
    </message>
    <message>
        <source>The database holds a RevAlign team workspace (workspace version %1).</source>
        <translation>ฐานข้อมูลนี้มีเวิร์กสเปซของทีม RevAlign (เวิร์กสเปซเวอร์ชัน %1)</translation>
    </message>
    <message>
        <source>The database is empty: you can create a team workspace here.</source>
        <translation>ฐานข้อมูลว่างอยู่: สร้างเวิร์กสเปซของทีมที่นี่ได้</translation>
    </message>
    <message>
        <source>This is not a RevAlign database (%1).</source>
        <translation>นี่ไม่ใช่ฐานข้อมูลของ RevAlign (%1)</translation>
    </message>
    <message>
        <source>Disable: no encryption</source>
        <translation>ปิด: ไม่เข้ารหัส</translation>
    </message>
    <message>
        <source>Prefer: encrypt when the server offers it</source>
        <translation>ถ้าได้: เข้ารหัสเมื่อเซิร์ฟเวอร์รองรับ</translation>
    </message>
    <message>
        <source>Require: always encrypt</source>
        <translation>บังคับ: เข้ารหัสเสมอ</translation>
    </message>
    <message>
        <source>Verify full: encrypt and check the server&apos;s certificate</source>
        <translation>ตรวจเต็ม: เข้ารหัสและตรวจใบรับรองของเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>เชื่อมต่อ(&amp;C)</translation>
    </message>
    <message>
        <source>The system keychain is not available: RevAlign asks for the password each time.</source>
        <translation>ไม่มีพวงกุญแจของระบบให้ใช้: RevAlign จะถามรหัสผ่านทุกครั้ง</translation>
    </message>
    <message>
        <source>&amp;Cancel test</source>
        <translation>ยกเลิกการทดสอบ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>ทดสอบการเชื่อมต่อ(&amp;T)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>กำลังเชื่อมต่อ %1…</translation>
    </message>
    <message>
        <source>Creating the team workspace in %1…</source>
        <translation>กำลังสร้างเวิร์กสเปซของทีมใน %1…</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>ใบรับรอง CA</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>ใบรับรอง (*.crt *.pem *.cer);;ทุกไฟล์ (*)</translation>
    </message>
</context>
<context>
    <name>revalign::ui::ConnectionProbe</name>
    <message>
        <source>Cancelled.</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
</context>
<context>
    <name>revalign::ui::CsvPreviewModel</name>
    <message>
        <source>(extra %1)</source>
        <translation>(ส่วนเกิน %1)</translation>
    </message>
</context>
<context>
    <name>revalign::ui::DashboardPage</name>
    <message>
        <source>Top rejection reasons</source>
        <translation>เหตุผลการปฏิเสธที่พบบ่อย</translation>
    </message>
    <message>
        <source>Leads by channel</source>
        <translation>ลีดตามช่องทาง</translation>
    </message>
    <message>
        <source>MQLs by persona</source>
        <translation>MQL ตามเพอร์โซนา</translation>
    </message>
    <message>
        <source>Cost per MQL by campaign</source>
        <translation>ต้นทุนต่อ MQL ตามแคมเปญ</translation>
    </message>
    <message>
        <source>Pipeline created: marketing-sourced vs all</source>
        <translation>ไปป์ไลน์ที่สร้าง: จากการตลาดเทียบกับทั้งหมด</translation>
    </message>
    <message>
        <source>MQL handoff: accepted, rejected, pending</source>
        <translation>การส่งต่อ MQL: ยอมรับ ปฏิเสธ รอดำเนินการ</translation>
    </message>
    <message>
        <source>SQLs and opportunities created</source>
        <translation>SQL และโอกาสการขายที่สร้าง</translation>
    </message>
    <message>
        <source>Bookings vs target</source>
        <translation>ยอดปิดการขายเทียบเป้าหมาย</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>ข้อผิดพลาด</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>การตลาด</translation>
    </message>
    <message>
        <source>Handoff (shared)</source>
        <translation>การส่งต่อ (ร่วมกัน)</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>ฝ่ายขาย</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>โฟลว์</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>โคฮอร์ต</translation>
    </message>
    <message>
        <source>How many entered each stage within the period</source>
        <translation>จำนวนที่เข้าสู่แต่ละขั้นภายในช่วงเวลา</translation>
    </message>
    <message>
        <source>Of the MQLs of the period, how many have reached each later stage so far</source>
        <translation>จาก MQL ในช่วงเวลานี้ มีกี่รายที่ไปถึงแต่ละขั้นถัดไปแล้วจนถึงตอนนี้</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>ฟันเนล</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>ลีด</translation>
    </message>
    <message>
        <source>MQLs</source>
        <translation>MQL</translation>
    </message>
    <message>
        <source>Channel chart shows</source>
        <translation>กราฟช่องทางแสดง</translation>
    </message>
    <message>
        <source>Funnel: %1</source>
        <translation>ฟันเนล: %1</translation>
    </message>
    <message>
        <source>%1 from %2, %3</source>
        <translation>%1 จาก %2, %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
    </message>
    <message>
        <source>MQLs: %1</source>
        <translation>MQL: %1</translation>
    </message>
    <message>
        <source>MQLs from %1</source>
        <translation>MQL จาก %1</translation>
    </message>
    <message>
        <source>Accepted MQLs, %1</source>
        <translation>MQL ที่ยอมรับ, %1</translation>
    </message>
    <message>
        <source>Rejected MQLs, %1</source>
        <translation>MQL ที่ปฏิเสธ, %1</translation>
    </message>
    <message>
        <source>All MQLs, %1</source>
        <translation>MQL ทั้งหมด, %1</translation>
    </message>
    <message>
        <source>SQLs, %1</source>
        <translation>SQL, %1</translation>
    </message>
    <message>
        <source>Opportunities created, %1</source>
        <translation>โอกาสการขายที่สร้าง, %1</translation>
    </message>
    <message>
        <source>Pipeline created, %1</source>
        <translation>ไปป์ไลน์ที่สร้าง, %1</translation>
    </message>
    <message>
        <source>Bookings, %1</source>
        <translation>ยอดปิดการขาย, %1</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>ไปป์ไลน์ที่เปิดอยู่</translation>
    </message>
    <message>
        <source>Rejected MQLs</source>
        <translation>MQL ที่ปฏิเสธ</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>เป้าหมาย %1</translation>
    </message>
    <message>
        <source>%1 vs previous</source>
        <translation>%1 เทียบช่วงก่อน</translation>
    </message>
    <message>
        <source>MQLs by channel</source>
        <translation>MQL ตามช่องทาง</translation>
    </message>
    <message>
        <source>(no campaign)</source>
        <translation>(ไม่มีแคมเปญ)</translation>
    </message>
    <message>
        <source>Cost per MQL</source>
        <translation>ต้นทุนต่อ MQL</translation>
    </message>
    <message>
        <source>Campaign cost cannot be split by persona or owner: cost per MQL is n/a with those filters.</source>
        <translation>ไม่สามารถแยกต้นทุนแคมเปญตามเพอร์โซนาหรือผู้รับผิดชอบได้ จึงไม่มีข้อมูลต้นทุนต่อ MQL เมื่อใช้ตัวกรองเหล่านี้</translation>
    </message>
    <message>
        <source>(no stage)</source>
        <translation>(ไม่มีขั้น)</translation>
    </message>
    <message>
        <source>Marketing-sourced</source>
        <translation>มาจากการตลาด</translation>
    </message>
    <message>
        <source>All pipeline created</source>
        <translation>ไปป์ไลน์ที่สร้างทั้งหมด</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>ยอมรับ</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>ปฏิเสธ</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>รอดำเนินการ</translation>
    </message>
    <message>
        <source>SQLs</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Opportunities created</source>
        <translation>โอกาสการขายที่สร้าง</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>ยอดปิดการขาย</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <source>(no persona)</source>
        <translation>(ไม่มีเพอร์โซนา)</translation>
    </message>
    <message>
        <source>Deal pipeline: open and weighted amount by stage</source>
        <translation>ไปป์ไลน์ดีล: มูลค่าที่เปิดอยู่และมูลค่าถ่วงน้ำหนักตามขั้น</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>คุณภาพข้อมูล</translation>
    </message>
    <message>
        <source>What the data cannot support: open the Data quality page</source>
        <translation>สิ่งที่ข้อมูลไม่รองรับ: เปิดหน้าคุณภาพข้อมูล</translation>
    </message>
    <message>
        <source>Deal pipeline</source>
        <translation>ไปป์ไลน์ดีล</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Data quality: %n finding(s)</source>
        <translation>
            <numerusform>⚠ คุณภาพข้อมูล: พบ %n ประเด็น</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n เรคคอร์ด</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out of this period for want of a date: %1 and %2. Choose “All time” to count them.</source>
        <translation>ไม่ได้นับในช่วงเวลานี้เพราะไม่มีวันที่: %1 และ %2 เลือก “ตลอดเวลา” เพื่อนับรวมด้วย</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>ผู้ติดต่อ %n ราย</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>ดีล %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>So far: the period is still in progress</source>
        <translation>ตัวเลขถึงตอนนี้: ช่วงเวลานี้ยังไม่สิ้นสุด</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) with impossible dates left out</source>
        <translation>
            <numerusform>ไม่นับดีลที่วันที่เป็นไปไม่ได้ %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (so far)</source>
        <translation>%1 (ถึงตอนนี้)</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>ไม่มีข้อมูลในช่วงเวลานี้</translation>
    </message>
    <message>
        <source>No MQLs were rejected in this period.</source>
        <translation>ไม่มี MQL ที่ถูกปฏิเสธในช่วงเวลานี้</translation>
    </message>
    <message>
        <source>No MQLs in this period.</source>
        <translation>ไม่มี MQL ในช่วงเวลานี้</translation>
    </message>
    <message>
        <source>No campaign cost or no MQLs from campaigns in this period.</source>
        <translation>ไม่มีต้นทุนแคมเปญ หรือไม่มี MQL จากแคมเปญในช่วงเวลานี้</translation>
    </message>
    <message>
        <source>No pipeline was created in this period.</source>
        <translation>ไม่มีไปป์ไลน์ที่สร้างในช่วงเวลานี้</translation>
    </message>
    <message>
        <source>No open deals at the end of this period.</source>
        <translation>ไม่มีดีลที่ยังเปิดอยู่ ณ สิ้นช่วงเวลานี้</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>มูลค่าที่เปิดอยู่</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>ถ่วงน้ำหนัก</translation>
    </message>
</context>
<context>
    <name>revalign::ui::DataQualityPage</name>
    <message>
        <source>&amp;Show the records…</source>
        <translation>แสดงเรคคอร์ด…(&amp;S)</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>คุณภาพข้อมูล</translation>
    </message>
    <message>
        <source>What the imported data cannot support. Records with impossible dates are left out of the figures they would distort, and those figures say how many were left out. The checks cover the whole workspace, whatever the filters. Fix the records in the CRM and import again.</source>
        <translation>สิ่งที่ข้อมูลที่นำเข้ารองรับไม่ได้ เรคคอร์ดที่มีวันที่เป็นไปไม่ได้จะไม่ถูกนำไปคิดตัวเลขที่จะทำให้บิดเบือน และตัวเลขนั้นจะบอกว่าไม่ได้นับกี่รายการ การตรวจครอบคลุมทั้งเวิร์กสเปซไม่ว่าจะใช้ตัวกรองใด ควรแก้เรคคอร์ดใน CRM แล้วนำเข้าใหม่</translation>
    </message>
    <message>
        <source>Data quality summary</source>
        <translation>สรุปคุณภาพข้อมูล</translation>
    </message>
    <message>
        <source>Data quality findings</source>
        <translation>ประเด็นคุณภาพข้อมูลที่พบ</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>กำลังตรวจ…</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) ran; nothing found.</source>
        <translation>
            <numerusform>ตรวจแล้ว %n รายการ ไม่พบปัญหา</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) ran.</source>
        <translation>
            <numerusform>ตรวจแล้ว %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s).</source>
        <translation>
            <numerusform>พบ %n ประเด็น</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>revalign::ui::DealPipelineModel</name>
    <message>
        <source>Omitted</source>
        <translation>ไม่นับรวม</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>ไปป์ไลน์</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>กรณีดีที่สุด</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>คอมมิต</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ปิดแล้ว</translation>
    </message>
    <message>
        <source>Time in stage from the imported deal history.</source>
        <translation>เวลาในแต่ละขั้นมาจากประวัติดีลที่นำเข้า</translation>
    </message>
    <message>
        <source>No deal history imported: conversion assumes a deal now in a stage passed the stages before it, and time in stage is the median age (days since creation) of the deals now in it.</source>
        <translation>ยังไม่ได้นำเข้าประวัติดีล: อัตราคอนเวอร์ชันถือว่าดีลที่อยู่ในขั้นหนึ่งผ่านขั้นก่อนหน้ามาแล้ว และเวลาในขั้นคือค่ามัธยฐานของอายุดีล (จำนวนวันนับจากวันที่สร้าง) ที่อยู่ในขั้นนั้นตอนนี้</translation>
    </message>
    <message>
        <source>%1 open deals, %2 open, %3 weighted · won %4, lost %5, win rate %6 · %7</source>
        <translation>ดีลที่เปิดอยู่ %1 รายการ มูลค่า %2 ถ่วงน้ำหนัก %3 · ปิดได้ %4 ปิดไม่ได้ %5 อัตราการปิดการขาย %6 · %7</translation>
    </message>
    <message>
        <source>No one has defined this deal stage: it has no probability or forecast category of its own.</source>
        <translation>ยังไม่มีใครกำหนดนิยามขั้นของดีลนี้ จึงไม่มีความน่าจะเป็นหรือหมวดการคาดการณ์ของตัวเอง</translation>
    </message>
    <message>
        <source>(no stage)</source>
        <translation>(ไม่มีขั้น)</translation>
    </message>
    <message>
        <source>%1 (not defined)</source>
        <translation>%1 (ยังไม่กำหนดนิยาม)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>ไม่มีข้อมูล</translation>
    </message>
    <message>
        <source>Deal stage</source>
        <translation>ขั้นของดีล</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>ดีล</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>มูลค่า</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>ถ่วงน้ำหนัก</translation>
    </message>
    <message>
        <source>To next stage</source>
        <translation>ไปขั้นถัดไป</translation>
    </message>
    <message>
        <source>Days in stage (median)</source>
        <translation>วันในขั้น (มัธยฐาน)</translation>
    </message>
    <message>
        <source>Age, days (median)</source>
        <translation>อายุ วัน (มัธยฐาน)</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>ความน่าจะเป็น</translation>
    </message>
    <message>
        <source>Forecast category</source>
        <translation>หมวดการคาดการณ์</translation>
    </message>
</context>
<context>
    <name>revalign::ui::DealStageDialog</name>
    <message>
        <source>Edit deal stage “%1”</source>
        <translation>แก้ไขขั้นของดีล “%1”</translation>
    </message>
    <message>
        <source>Define deal stage “%1”</source>
        <translation>กำหนดนิยามขั้นของดีล “%1”</translation>
    </message>
    <message>
        <source>Deals whose export leaves probability, forecast category or closed/won out take them from their stage.</source>
        <translation>ดีลที่ไฟล์ส่งออกไม่ได้ระบุความน่าจะเป็น หมวดการพยากรณ์ หรือสถานะปิด/สำเร็จ จะใช้ค่าจากขั้นของดีลนั้น</translation>
    </message>
    <message>
        <source>An import met “%1” first; until it is defined its deals count as open at 0 %. Say what the stage means and save.</source>
        <translation>การนำเข้าพบขั้น “%1” เป็นครั้งแรก ระหว่างที่ยังไม่ได้กำหนดนิยาม ดีลในขั้นนี้จะนับเป็นดีลที่เปิดอยู่ที่ 0 % ระบุความหมายของขั้นนี้แล้วบันทึก</translation>
    </message>
</context>
<context>
    <name>revalign::ui::DealStageModel</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Defined</source>
        <translation>กำหนดนิยามแล้ว</translation>
    </message>
    <message>
        <source>Not yet defined</source>
        <translation>ยังไม่ได้กำหนดนิยาม</translation>
    </message>
    <message>
        <source>An import met this stage first. Until someone defines it, its deals count as open at 0 % in the Pipeline forecast category. Press Enter to define it.</source>
        <translation>การนำเข้าพบขั้นนี้เป็นครั้งแรก ระหว่างที่ยังไม่มีผู้กำหนดนิยาม ดีลในขั้นนี้จะนับเป็นดีลที่เปิดอยู่ที่ 0 % ในหมวดการพยากรณ์ไปป์ไลน์ กด Enter เพื่อกำหนดนิยาม</translation>
    </message>
    <message>
        <source>Deal stage</source>
        <translation>ขั้นของดีล</translation>
    </message>
    <message>
        <source>Open / won / lost</source>
        <translation>เปิดอยู่ / สำเร็จ / ไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>ความน่าจะเป็น</translation>
    </message>
    <message>
        <source>Forecast category</source>
        <translation>หมวดการพยากรณ์</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>ดีล</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>นิยาม</translation>
    </message>
</context>
<context>
    <name>revalign::ui::DefinitionsPage</name>
    <message>
        <source>Funnel stages</source>
        <translation>ขั้นของฟันเนล</translation>
    </message>
    <message>
        <source>KPI registry</source>
        <translation>ทะเบียน KPI</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>บันทึกการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>&amp;Edit stage…</source>
        <translation>แก้ไขขั้น(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit &amp;KPI…</source>
        <translation>แก้ไข &amp;KPI…</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>นิยาม</translation>
    </message>
    <message>
        <source>Edit stage</source>
        <translation>แก้ไขขั้น</translation>
    </message>
    <message>
        <source>Edit KPI</source>
        <translation>แก้ไข KPI</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Selected KPI</source>
        <translation>KPI ที่เลือก</translation>
    </message>
    <message>
        <source>The funnel both teams agreed, in order. Press Enter to edit a stage.</source>
        <translation>ฟันเนลที่ทั้งสองทีมตกลงกัน เรียงตามลำดับ กด Enter เพื่อแก้ไขขั้น</translation>
    </message>
    <message>
        <source>The KPIs both teams are judged by, with their targets. Press Enter to edit a KPI; its formula in words is shown under the table.</source>
        <translation>KPI ที่ใช้วัดผลทั้งสองทีม พร้อมเป้าหมาย กด Enter เพื่อแก้ไข KPI โดยสูตรแบบคำอธิบายจะแสดงใต้ตาราง</translation>
    </message>
    <message>
        <source>KPIs and targets</source>
        <translation>KPI และเป้าหมาย</translation>
    </message>
    <message>
        <source>Every change to the agreed definitions, newest first.</source>
        <translation>การเปลี่ยนแปลงทุกครั้งของนิยามที่ตกลงกัน เรียงจากล่าสุด</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2): %3</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
    <message>
        <source>Saved; the change is in the change log.</source>
        <translation>บันทึกแล้ว การเปลี่ยนแปลงอยู่ในบันทึกการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>ไม่มีการเปลี่ยนแปลง: %1</translation>
    </message>
    <message>
        <source>Suggested &amp;benchmarks…</source>
        <translation>ค่าอ้างอิงที่แนะนำ…(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Plan from a bookings target…</source>
        <translation>วางแผนจากเป้าหมายยอดปิดการขาย…(&amp;P)</translation>
    </message>
    <message>
        <source>Common B2B targets to adopt explicitly; a new workspace has none</source>
        <translation>เป้าหมายทั่วไปของ B2B ที่เลือกรับมาใช้เอง เวิร์กสเปซใหม่ยังไม่มีเป้าหมาย</translation>
    </message>
    <message>
        <source>Reverse funnel: what each stage must deliver to reach a bookings target</source>
        <translation>ฟันเนลย้อนกลับ: แต่ละขั้นต้องทำได้เท่าไรจึงจะถึงเป้าหมายยอดปิดการขาย</translation>
    </message>
    <message>
        <source>Deal stages</source>
        <translation>ขั้นของดีล</translation>
    </message>
    <message>
        <source>&amp;Define deal stage…</source>
        <translation>&amp;กำหนดนิยามขั้นของดีล…</translation>
    </message>
    <message>
        <source>Define deal stage</source>
        <translation>กำหนดนิยามขั้นของดีล</translation>
    </message>
    <message>
        <source>The sales process, in order: whether deals in each stage are open, won or lost, the probability and forecast category a deal takes when its export leaves them out. Stages an import met first are not yet defined: their deals count as open at 0 % until someone defines them. Press Enter to define a stage; deals in it follow, except values their own export gave.</source>
        <translation>กระบวนการขายเรียงตามลำดับ: ดีลในแต่ละขั้นยังเปิดอยู่ ปิดการขายสำเร็จ หรือไม่สำเร็จ รวมถึงความน่าจะเป็นและหมวดการพยากรณ์ที่ดีลจะได้เมื่อไฟล์ส่งออกไม่ได้ระบุ ขั้นที่การนำเข้าพบเป็นครั้งแรกยังไม่ได้กำหนดนิยาม ดีลในขั้นนั้นจะนับเป็นดีลที่เปิดอยู่ที่ 0 % จนกว่าจะมีผู้กำหนดนิยาม กด Enter เพื่อกำหนดนิยามขั้น ดีลในขั้นนั้นจะเปลี่ยนตาม ยกเว้นค่าที่ไฟล์ส่งออกของดีลระบุไว้เอง</translation>
    </message>
    <message numerus="yes">
        <source>Deal stages (%n not yet defined)</source>
        <translation>
            <numerusform>ขั้นของดีล (ยังไม่ได้กำหนดนิยาม %n ขั้น)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit deal stage…</source>
        <translation>&amp;แก้ไขขั้นของดีล…</translation>
    </message>
</context>
<context>
    <name>revalign::ui::DrillDownDialog</name>
    <message>
        <source>Loading…</source>
        <translation>กำลังโหลด…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>ส่งออก CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>เรคคอร์ด</translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation>กรองแถว…</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>กรองแถว</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>ส่งออก CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>ส่งออกไม่สำเร็จ</translation>
    </message>
    <message>
        <source>%1 opportunities</source>
        <translation>โอกาสการขาย %1 รายการ</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>ผู้ติดต่อ %1 ราย</translation>
    </message>
    <message>
        <source>(showing the first %1; the export has all)</source>
        <translation>(แสดง %1 รายการแรก ไฟล์ที่ส่งออกมีครบทั้งหมด)</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: เขียนไม่ได้: %2</translation>
    </message>
    <message>
        <source>%1: cannot write (is the disk full?): %2</source>
        <translation>%1: เขียนไม่ได้ (ดิสก์เต็มหรือไม่?): %2</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>กำลังส่งออกไปยัง %1…</translation>
    </message>
    <message>
        <source>Exported %1 records.</source>
        <translation>ส่งออกแล้ว %1 เรคคอร์ด</translation>
    </message>
</context>
<context>
    <name>revalign::ui::FilesPage</name>
    <message>
        <source>Files</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Which exports to import into this workspace.</source>
        <translation>ไฟล์ส่งออกที่จะนำเข้าสู่เวิร์กสเปซนี้</translation>
    </message>
    <message>
        <source>Choose exports</source>
        <translation>เลือกไฟล์ที่ส่งออกมา</translation>
    </message>
    <message>
        <source>CSV and Excel exports (*.csv *.txt *.tsv *.xlsx *.xlsm);;CSV exports (*.csv *.txt *.tsv);;Excel workbooks (*.xlsx *.xlsm);;All files (*)</source>
        <translation>ไฟล์ CSV และ Excel ที่ส่งออกมา (*.csv *.txt *.tsv *.xlsx *.xlsm);;ไฟล์ CSV ที่ส่งออกมา (*.csv *.txt *.tsv);;เวิร์กบุ๊ก Excel (*.xlsx *.xlsm);;ไฟล์ทั้งหมด (*)</translation>
    </message>
</context>
<context>
    <name>revalign::ui::FilterBar</name>
    <message>
        <source>Date range</source>
        <translation>ช่วงวันที่</translation>
    </message>
    <message>
        <source>Granularity</source>
        <translation>ความละเอียด</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>เพอร์โซนา</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>ทีม</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>สัปดาห์นี้</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>สัปดาห์ที่แล้ว</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>เดือนนี้</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>เดือนที่แล้ว</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>ไตรมาสนี้</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>ไตรมาสที่แล้ว</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>ต้นปีถึงปัจจุบัน</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 เดือนล่าสุด</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>กำหนดเอง…</translation>
    </message>
    <message>
        <source>by week</source>
        <translation>รายสัปดาห์</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>รายเดือน</translation>
    </message>
    <message>
        <source>by quarter</source>
        <translation>รายไตรมาส</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>All personas</source>
        <translation>ทุกเพอร์โซนา</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>ทุกช่องทาง</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>ผู้รับผิดชอบทั้งหมด</translation>
    </message>
    <message>
        <source>Both teams</source>
        <translation>ทั้งสองทีม</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
    </message>
    <message>
        <source>Periods anchored on %1, the last day with data</source>
        <translation>ช่วงเวลาอ้างอิงจาก %1 ซึ่งเป็นวันสุดท้ายที่มีข้อมูล</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>ตลอดเวลา</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>ผู้จัดการ</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>ภูมิภาค</translation>
    </message>
    <message>
        <source>All managers</source>
        <translation>ผู้จัดการทั้งหมด</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>ทุกภูมิภาค</translation>
    </message>
    <message>
        <source>A manager&apos;s team: the manager and everyone who reports to them, directly or through other managers</source>
        <translation>ทีมของผู้จัดการ: ตัวผู้จัดการและทุกคนที่รายงานต่อเขา ทั้งโดยตรงและผ่านผู้จัดการคนอื่น</translation>
    </message>
</context>
<context>
    <name>revalign::ui::ForecastFlowModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s), %1: %2 → %3</source>
        <translation>
            <numerusform>%n ดีล, %1: %2 → %3</numerusform>
        </translation>
    </message>
    <message>
        <source>At the last sync</source>
        <translation>ณ การประชุมครั้งก่อน</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>ตอนนี้</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>จาก %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>เป็น %1</translation>
    </message>
</context>
<context>
    <name>revalign::ui::ForecastMoveModel</name>
    <message>
        <source>Not in the pipeline</source>
        <translation>ไม่อยู่ในไปป์ไลน์</translation>
    </message>
    <message>
        <source>into the pipeline</source>
        <translation>เข้าไปป์ไลน์</translation>
    </message>
    <message>
        <source>out of the pipeline</source>
        <translation>ออกจากไปป์ไลน์</translation>
    </message>
    <message>
        <source>▲ firmer</source>
        <translation>▲ มั่นใจขึ้น</translation>
    </message>
    <message>
        <source>▼ softer</source>
        <translation>▼ มั่นใจลดลง</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>ดีล</translation>
    </message>
    <message>
        <source>Moved out of</source>
        <translation>ย้ายออกจาก</translation>
    </message>
    <message>
        <source>Moved into</source>
        <translation>ย้ายเข้า</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>ทิศทาง</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>มูลค่า</translation>
    </message>
</context>
<context>
    <name>revalign::ui::FormatPage</name>
    <message>
        <source>Decide from the values</source>
        <translation>ตัดสินจากค่าในไฟล์</translation>
    </message>
    <message>
        <source>Year first (2026-11-26)</source>
        <translation>ปีก่อน (2026-11-26)</translation>
    </message>
    <message>
        <source>Month first (11/26/2026, US)</source>
        <translation>เดือนก่อน (11/26/2026, แบบสหรัฐฯ)</translation>
    </message>
    <message>
        <source>Day first (26/11/2026)</source>
        <translation>วันก่อน (26/11/2026)</translation>
    </message>
    <message>
        <source>Excel serial numbers (46352)</source>
        <translation>เลขลำดับวันที่ของ Excel (46352)</translation>
    </message>
    <message>
        <source>Dot (1,234.56)</source>
        <translation>จุด (1,234.56)</translation>
    </message>
    <message>
        <source>Comma (1.234,56)</source>
        <translation>จุลภาค (1.234,56)</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>จุลภาค</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>อัฒภาค</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>แท็บ</translation>
    </message>
    <message>
        <source>Pipe</source>
        <translation>ไปป์ (|)</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>ตรวจหาอัตโนมัติ</translation>
    </message>
    <message>
        <source>Source and format</source>
        <translation>แหล่งที่มาและรูปแบบ</translation>
    </message>
    <message>
        <source>How each file reads. Everything is detected; change a choice when the preview looks wrong.</source>
        <translation>วิธีอ่านแต่ละไฟล์ ทุกอย่างตรวจหาให้อัตโนมัติ เปลี่ยนตัวเลือกเมื่อตัวอย่างดูไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Recognise from the header</source>
        <translation>รู้จักจากส่วนหัว</translation>
    </message>
    <message>
        <source>Reading the first rows again…</source>
        <translation>กำลังอ่านแถวแรก ๆ อีกครั้ง…</translation>
    </message>
    <message>
        <source>Reading the first rows…</source>
        <translation>กำลังอ่านแถวแรก ๆ…</translation>
    </message>
    <message>
        <source>The file reads as a single column: choose the delimiter above.</source>
        <translation>ไฟล์ถูกอ่านเป็นคอลัมน์เดียว: เลือกตัวคั่นด้านบน</translation>
    </message>
    <message>
        <source>No import profile recognises these columns: choose the profile above.</source>
        <translation>ไม่มีโปรไฟล์การนำเข้าใดรู้จักคอลัมน์เหล่านี้: เลือกโปรไฟล์ด้านบน</translation>
    </message>
    <message>
        <source>%1 — choose the profile, encoding or delimiter above.</source>
        <translation>%1 — เลือกโปรไฟล์ การเข้ารหัสอักขระ หรือตัวคั่นด้านบน</translation>
    </message>
    <message>
        <source>%1 — choose the date order above: month first for US exports, day first for most others.</source>
        <translation>%1 — เลือกลำดับวันที่ด้านบน: เดือนก่อนสำหรับไฟล์จากสหรัฐฯ วันก่อนสำหรับไฟล์ส่วนใหญ่อื่น ๆ</translation>
    </message>
    <message>
        <source>%1 — choose the decimal mark above.</source>
        <translation>%1 — เลือกเครื่องหมายทศนิยมด้านบน</translation>
    </message>
    <message>
        <source>Needs a choice:</source>
        <translation>ต้องเลือก:</translation>
    </message>
    <message>
        <source>Notes on the header:</source>
        <translation>หมายเหตุเกี่ยวกับส่วนหัว:</translation>
    </message>
    <message>
        <source>%1 (from the byte order mark)</source>
        <translation>%1 (จาก byte order mark)</translation>
    </message>
    <message>
        <source>%1 (as chosen)</source>
        <translation>%1 (ตามที่เลือก)</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation>%1 (ตรวจพบ)</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n column(s)</source>
        <translation>
            <numerusform>%1 ใน %n คอลัมน์</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>โปรไฟล์:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>การเข้ารหัสอักขระ:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>ตัวคั่น:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>วันที่:</translation>
    </message>
    <message>
        <source>Numbers:</source>
        <translation>ตัวเลข:</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>ไม่นำเข้า:</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) the profile does not use</source>
        <translation>
            <numerusform>%n คอลัมน์ที่โปรไฟล์ไม่ได้ใช้</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) of %1 as read with these choices:</source>
        <translation>
            <numerusform>%n แถวแรกของ %1 ตามที่อ่านด้วยตัวเลือกเหล่านี้:</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes on the profile (the next page shows and fixes the mapping):</source>
        <translation>หมายเหตุเกี่ยวกับโปรไฟล์ (หน้าถัดไปแสดงและแก้ไขการจับคู่ได้):</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (ซ่อนอยู่)</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>ชีต:</translation>
    </message>
    <message>
        <source>%1, header on row %2</source>
        <translation>%1 ส่วนหัวอยู่ที่แถว %2</translation>
    </message>
</context>
<context>
    <name>revalign::ui::FunnelPage</name>
    <message>
        <source>Flow: entered in the period</source>
        <translation>โฟลว์: เข้าสู่ขั้นในช่วงเวลานี้</translation>
    </message>
    <message>
        <source>Cohort: MQLs of the period, progress so far</source>
        <translation>โคฮอร์ต: MQL ของช่วงเวลานี้ ความคืบหน้าถึงปัจจุบัน</translation>
    </message>
    <message>
        <source>Funnel mode</source>
        <translation>โหมดฟันเนล</translation>
    </message>
    <message>
        <source>No split</source>
        <translation>ไม่แยก</translation>
    </message>
    <message>
        <source>Split by persona</source>
        <translation>แยกตามเพอร์โซนา</translation>
    </message>
    <message>
        <source>Split by channel</source>
        <translation>แยกตามช่องทาง</translation>
    </message>
    <message>
        <source>Split funnel by</source>
        <translation>แยกฟันเนลตาม</translation>
    </message>
    <message>
        <source>A contact that reached a later stage without a recorded time for an earlier one counts as having passed it (skipped stages). Ageing: contacts still in a stage at the end of the period; rejected MQLs are not open.</source>
        <translation>ผู้ติดต่อที่ไปถึงขั้นถัดไปโดยไม่มีเวลาที่บันทึกไว้ของขั้นก่อนหน้า จะนับว่าผ่านขั้นนั้นแล้ว (ขั้นที่ข้าม) อายุค้าง: ผู้ติดต่อที่ยังอยู่ในขั้นเมื่อสิ้นช่วงเวลา โดย MQL ที่ถูกปฏิเสธไม่นับว่ายังค้างอยู่</translation>
    </message>
    <message>
        <source>Funnel table</source>
        <translation>ตารางฟันเนล</translation>
    </message>
    <message>
        <source>Deal pipeline</source>
        <translation>ไปป์ไลน์ดีล</translation>
    </message>
    <message>
        <source>Deal pipeline, in the workspace&apos;s stage order</source>
        <translation>ไปป์ไลน์ดีล เรียงตามลำดับขั้นของเวิร์กสเปซ</translation>
    </message>
</context>
<context>
    <name>revalign::ui::FunnelTableModel</name>
    <message>
        <source>n/a</source>
        <translation>ไม่มีข้อมูล</translation>
    </message>
    <message>
        <source>This cohort is younger than it usually takes to get here: the count will still grow.</source>
        <translation>โคฮอร์ตนี้ยังใหม่กว่าระยะเวลาที่ปกติใช้ในการมาถึงขั้นนี้ ตัวเลขจึงยังเพิ่มขึ้นได้อีก</translation>
    </message>
    <message>
        <source> (maturing)</source>
        <translation> (ยังไม่ครบระยะ)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ขั้น</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>ไปถึง</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>เข้าสู่ขั้น</translation>
    </message>
    <message>
        <source>Next-step rate</source>
        <translation>อัตราไปขั้นถัดไป</translation>
    </message>
    <message>
        <source>Cumulative rate</source>
        <translation>อัตราสะสม</translation>
    </message>
    <message>
        <source>Median days from previous</source>
        <translation>มัธยฐานวันจากขั้นก่อน</translation>
    </message>
    <message>
        <source>90th pct days</source>
        <translation>วัน (P90)</translation>
    </message>
    <message>
        <source>Open in stage</source>
        <translation>ค้างในขั้น</translation>
    </message>
    <message>
        <source>Median age (days)</source>
        <translation>อายุมัธยฐาน (วัน)</translation>
    </message>
    <message>
        <source>0–7 d</source>
        <translation>0–7 วัน</translation>
    </message>
    <message>
        <source>8–30 d</source>
        <translation>8–30 วัน</translation>
    </message>
    <message>
        <source>31–90 d</source>
        <translation>31–90 วัน</translation>
    </message>
    <message>
        <source>&gt; 90 d</source>
        <translation>&gt; 90 วัน</translation>
    </message>
</context>
<context>
    <name>revalign::ui::FunnelWidget</name>
    <message>
        <source>Funnel</source>
        <translation>ฟันเนล</translation>
    </message>
    <message>
        <source>next 100.0% · total 100.0%</source>
        <translation>ถัดไป 100.0% · รวม 100.0%</translation>
    </message>
    <message>
        <source> (maturing)</source>
        <translation> (ยังไม่ครบระยะ)</translation>
    </message>
    <message>
        <source>start</source>
        <translation>เริ่มต้น</translation>
    </message>
    <message>
        <source>next %1 · total %2</source>
        <translation>ถัดไป %1 · รวม %2</translation>
    </message>
    <message>
        <source>No funnel data for these filters</source>
        <translation>ไม่มีข้อมูลฟันเนลสำหรับตัวกรองนี้</translation>
    </message>
</context>
<context>
    <name>revalign::ui::ImportBatchModel</name>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>โปรไฟล์</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>นำเข้าแล้ว</translation>
    </message>
    <message>
        <source>New</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>อัปเดต</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>ไม่เปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>ไม่ถูกต้อง</translation>
    </message>
</context>
<context>
    <name>revalign::ui::ImportErrorModel</name>
    <message>
        <source>(whole row)</source>
        <translation>(ทั้งแถว)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>คอลัมน์</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ค่า</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>สาเหตุ</translation>
    </message>
    <message>
        <source>%1, … (the first %2 of %3)</source>
        <translation>%1, … (%2 รายการแรกจาก %3)</translation>
    </message>
    <message>
        <source>(other values)</source>
        <translation>(ค่าอื่น ๆ)</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>แถว</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>บรรทัด</translation>
    </message>
</context>
<context>
    <name>revalign::ui::ImportPage</name>
    <message>
        <source>&amp;Undo last import</source>
        <translation>เลิกทำการนำเข้าล่าสุด(&amp;U)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <source>Recent imports</source>
        <translation>การนำเข้าล่าสุด</translation>
    </message>
    <message>
        <source>Nothing imported into this workspace yet.</source>
        <translation>ยังไม่มีการนำเข้าใดในเวิร์กสเปซนี้</translation>
    </message>
    <message>
        <source>Undo last import</source>
        <translation>เลิกทำการนำเข้าล่าสุด</translation>
    </message>
    <message>
        <source>Undo the import of %1 (%2 new, %3 updated)?</source>
        <translation>เลิกทำการนำเข้า %1 (ใหม่ %2, อัปเดต %3) หรือไม่</translation>
    </message>
    <message>
        <source>Bring in this week’s CRM exports: HubSpot, Salesforce, Pipedrive or Marketo CSV files or Excel workbooks, or your own columns with a saved profile. Records already in the workspace are updated, not duplicated. You can also drop files on this window.</source>
        <translation>นำเข้าไฟล์ที่ส่งออกจาก CRM ของสัปดาห์นี้: ไฟล์ CSV หรือเวิร์กบุ๊ก Excel จาก HubSpot, Salesforce, Pipedrive หรือ Marketo หรือคอลัมน์ของคุณเองพร้อมโปรไฟล์ที่บันทึกไว้ เรคคอร์ดที่มีอยู่แล้วในเวิร์กสเปซจะถูกอัปเดต ไม่สร้างซ้ำ หรือลากไฟล์มาวางบนหน้าต่างนี้ก็ได้</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>นำเข้าไฟล์…</translation>
    </message>
    <message>
        <source>Undo puts back exactly what your newest import changed, unless someone imported after it.</source>
        <translation>การเลิกทำจะคืนทุกอย่างที่การนำเข้าล่าสุดของคุณเปลี่ยนไป เว้นแต่มีผู้อื่นนำเข้าหลังจากนั้น</translation>
    </message>
</context>
<context>
    <name>revalign::ui::ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>เลิกทำการนำเข้านี้</translation>
    </message>
    <message>
        <source>Put the workspace back exactly as it was before this import?</source>
        <translation>คืนเวิร์กสเปซให้เหมือนก่อนการนำเข้านี้ทุกประการหรือไม่</translation>
    </message>
    <message>
        <source>Writing every file in one step: cancel and nothing is written.</source>
        <translation>กำลังเขียนทุกไฟล์ในขั้นตอนเดียว: หากยกเลิก จะไม่มีการเขียนข้อมูลใดเลย</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>กำลังนำเข้า…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>กำลังยกเลิก…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written; the workspace is as it was.</source>
        <translation>ยกเลิกการนำเข้าแล้ว: ไม่มีการเขียนข้อมูลใด เวิร์กสเปซยังคงเหมือนเดิม</translation>
    </message>
    <message>
        <source>Not imported.</source>
        <translation>ไม่ได้นำเข้า</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>ไม่มีการเขียนข้อมูลใด: %1</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>เสร็จแล้ว</translation>
    </message>
    <message>
        <source>Imported: %1 new and %2 updated records. Every page now shows them.</source>
        <translation>นำเข้าแล้ว: เรคคอร์ดใหม่ %1 รายการ และอัปเดต %2 รายการ ทุกหน้าแสดงข้อมูลเหล่านี้แล้ว</translation>
    </message>
    <message>
        <source>Puts the workspace back exactly as it was before this import.</source>
        <translation>คืนเวิร์กสเปซให้เหมือนก่อนการนำเข้านี้ทุกประการ</translation>
    </message>
    <message>
        <source>Nothing to write.</source>
        <translation>ไม่มีข้อมูลให้เขียน</translation>
    </message>
    <message>
        <source>Every row is already in the workspace, unchanged: nothing was written.</source>
        <translation>ทุกแถวมีอยู่ในเวิร์กสเปซแล้วโดยไม่เปลี่ยนแปลง: ไม่มีการเขียนข้อมูลใด</translation>
    </message>
    <message>
        <source>Nothing was written (some rows are invalid).</source>
        <translation>ไม่มีการเขียนข้อมูลใด (บางแถวไม่ถูกต้อง)</translation>
    </message>
    <message>
        <source>Undone: the workspace is as it was before this import.</source>
        <translation>เลิกทำแล้ว: เวิร์กสเปซกลับเป็นเหมือนก่อนการนำเข้านี้</translation>
    </message>
    <message>
        <source>A later import changed the workspace (%1 by %2); undo that one first (Import page).</source>
        <translation>มีการนำเข้าครั้งหลังที่เปลี่ยนเวิร์กสเปซ (%1 โดย %2) ให้ย้อนครั้งนั้นก่อน (หน้านำเข้า)</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>ผู้อื่น</translation>
    </message>
</context>
<context>
    <name>revalign::ui::ImportWizard</name>
    <message>
        <source>Give the profile a name with at least one letter or digit.</source>
        <translation>ตั้งชื่อโปรไฟล์ที่มีตัวอักษรหรือตัวเลขอย่างน้อยหนึ่งตัว</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: เขียนไฟล์ไม่ได้: %2</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: อ่านไฟล์ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>นำเข้าไฟล์</translation>
    </message>
</context>
<context>
    <name>revalign::ui::KpiComparisonModel</name>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>ทีม</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>ช่วงนี้</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>ช่วงก่อนหน้า</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>เปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
</context>
<context>
    <name>revalign::ui::KpiDefinitionModel</name>
    <message>
        <source>count</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>เปอร์เซ็นต์</translation>
    </message>
    <message>
        <source>money</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>ชั่วโมง</translation>
    </message>
    <message>
        <source>days</source>
        <translation>วัน</translation>
    </message>
    <message>
        <source>money per day</source>
        <translation>เงินต่อวัน</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>ยิ่งสูงยิ่งดี</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>ยิ่งต่ำยิ่งดี</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ยังไม่ได้ตกลง</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>คีย์</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>ทีม</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>หน่วย</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>ทิศทาง</translation>
    </message>
    <message>
        <source>Target / week</source>
        <translation>เป้าหมาย / สัปดาห์</translation>
    </message>
    <message>
        <source>Target / month</source>
        <translation>เป้าหมาย / เดือน</translation>
    </message>
    <message>
        <source>Target / quarter</source>
        <translation>เป้าหมาย / ไตรมาส</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>วันที่ตกลง</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>ผู้ตกลง</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>สูตร</translation>
    </message>
</context>
<context>
    <name>revalign::ui::KpiDialog</name>
    <message>
        <source>Edit KPI “%1”</source>
        <translation>แก้ไข KPI “%1”</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>owned by %1</source>
        <translation>รับผิดชอบโดย %1</translation>
    </message>
    <message>
        <source>no target (a percentage, e.g. 60)</source>
        <translation>ไม่มีเป้าหมาย (เป็นเปอร์เซ็นต์ เช่น 60)</translation>
    </message>
    <message>
        <source>Target per &amp;week (%):</source>
        <translation>เป้าหมายต่อสัปดาห์ (%)(&amp;W):</translation>
    </message>
    <message>
        <source>Target per &amp;month (%):</source>
        <translation>เป้าหมายต่อเดือน (%)(&amp;M):</translation>
    </message>
    <message>
        <source>Target per &amp;quarter (%):</source>
        <translation>เป้าหมายต่อไตรมาส (%)(&amp;Q):</translation>
    </message>
</context>
<context>
    <name>revalign::ui::KpiTile</name>
    <message>
        <source>✓ on target</source>
        <translation>✓ ถึงเป้า</translation>
    </message>
    <message>
        <source>✗ off target</source>
        <translation>✗ ไม่ถึงเป้า</translation>
    </message>
    <message>
        <source>– no target</source>
        <translation>– ไม่มีเป้าหมาย</translation>
    </message>
    <message>
        <source>– nothing to hold against the target</source>
        <translation>– ไม่มีค่าให้เทียบกับเป้าหมาย</translation>
    </message>
</context>
<context>
    <name>revalign::ui::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>หน้า</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>แดชบอร์ด</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>ฟันเนล</translation>
    </message>
    <message>
        <source>Weekly sync</source>
        <translation>ประชุมประจำสัปดาห์</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>เพอร์โซนา</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>นิยาม</translation>
    </message>
    <message>
        <source>Funnel stage %1</source>
        <translation>ขั้นที่ %1 ของฟันเนล</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ไฟล์(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>เวิร์กสเปซใหม่(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>เปิดเวิร์กสเปซ(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>เปิดไฟล์ล่าสุด(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close workspace</source>
        <translation>ปิดเวิร์กสเปซ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออก(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>มุมมอง(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Weekly sync mode</source>
        <translation>โหมดประชุมประจำสัปดาห์(&amp;W)</translation>
    </message>
    <message>
        <source>Full screen; Page Up / Page Down move through dashboard, funnel and sync; Esc leaves</source>
        <translation>เต็มหน้าจอ ใช้ Page Up / Page Down เพื่อเลื่อนระหว่างแดชบอร์ด ฟันเนล และหน้าประชุม กด Esc เพื่อออก</translation>
    </message>
    <message>
        <source>Focus the filters</source>
        <translation>ไปที่ตัวกรอง</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About RevAlign</source>
        <translation>เกี่ยวกับ RevAlign(&amp;A)</translation>
    </message>
    <message>
        <source>About RevAlign</source>
        <translation>เกี่ยวกับ RevAlign</translation>
    </message>
    <message>
        <source>&lt;h3&gt;RevAlign %1&lt;/h3&gt;&lt;p&gt;Marketing and sales looking at the same numbers: agreed personas, funnel stages and KPIs, with data from your CRM exports.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RevAlign %1&lt;/h3&gt;&lt;p&gt;การตลาดและฝ่ายขายดูตัวเลขชุดเดียวกัน: เพอร์โซนา ขั้นของฟันเนล และ KPI ที่ตกลงกัน พร้อมข้อมูลจากไฟล์ส่งออกของ CRM&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Weekly sync: Page Down for the next page, Esc to leave</source>
        <translation>ประชุมประจำสัปดาห์: กด Page Down เพื่อไปหน้าถัดไป กด Esc เพื่อออก</translation>
    </message>
    <message>
        <source>Export meeting pack</source>
        <translation>ส่งออกเอกสารประชุม</translation>
    </message>
    <message>
        <source>Meeting pack</source>
        <translation>เอกสารประชุม</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>เวิร์กสเปซใหม่</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>เปิดเวิร์กสเปซ</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>กำลังเปิด %1…</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>เปิด %1 แล้ว</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>เปิดเวิร์กสเปซไม่ได้</translation>
    </message>
    <message>
        <source>RevAlign</source>
        <translation>RevAlign</translation>
    </message>
    <message>
        <source>%1 — %2 — RevAlign</source>
        <translation>%1 — %2 — RevAlign</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>การแบ่งเครดิต</translation>
    </message>
    <message>
        <source>Lead scoring</source>
        <translation>การให้คะแนนลีด</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ภาษา(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>ตามระบบ</translation>
    </message>
    <message>
        <source>The language changes the next time RevAlign starts.</source>
        <translation>ภาษาจะเปลี่ยนเมื่อเปิด RevAlign ครั้งถัดไป</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>แจกแจงตัวเลข</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>คุณภาพข้อมูล</translation>
    </message>
    <message>
        <source>Writing the meeting pack</source>
        <translation>กำลังเขียนเอกสารประชุม</translation>
    </message>
    <message>
        <source>Meeting pack %p%</source>
        <translation>เอกสารประชุม %p%</translation>
    </message>
    <message>
        <source>Export &amp;meeting pack…</source>
        <translation>ส่งออกเอกสารประชุม(&amp;M)…</translation>
    </message>
    <message>
        <source>A meeting pack is still being written.</source>
        <translation>ยังเขียนเอกสารประชุมก่อนหน้าไม่เสร็จ</translation>
    </message>
    <message>
        <source>meeting-pack-%1.%2</source>
        <translation>meeting-pack-%1.%2</translation>
    </message>
    <message>
        <source>Writing the meeting pack to %1…</source>
        <translation>กำลังเขียนเอกสารประชุมไปที่ %1…</translation>
    </message>
    <message>
        <source>Wrote the meeting pack for %1: %2 page images, %3 …</source>
        <translation>เขียนเอกสารประชุมของ %1 แล้ว: ภาพ %2 หน้า, %3 …</translation>
    </message>
    <message>
        <source>Wrote the meeting pack for %1: %2</source>
        <translation>เขียนเอกสารประชุมของ %1 แล้ว: %2</translation>
    </message>
    <message>
        <source>Read-only: %1. You can look at everything; to change anything, close the workspace and open it again once that is resolved.</source>
        <translation>อ่านอย่างเดียว: %1 ดูข้อมูลได้ทั้งหมด หากต้องการเปลี่ยนแปลง ให้ปิดเวิร์กสเปซแล้วเปิดใหม่เมื่อแก้ไขปัญหานั้นแล้ว</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>นำเข้าไฟล์(&amp;I)…</translation>
    </message>
    <message>
        <source>Open or create a workspace first, then drop the files again.</source>
        <translation>เปิดหรือสร้างเวิร์กสเปซก่อน แล้วลากไฟล์มาวางอีกครั้ง</translation>
    </message>
    <message>
        <source>Connect to &amp;team workspace…</source>
        <translation>เชื่อมต่อเวิร์กสเปซของทีม(&amp;T)…</translation>
    </message>
    <message>
        <source>The password was not saved in the keychain: %1</source>
        <translation>ไม่ได้บันทึกรหัสผ่านไว้ในพวงกุญแจ: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>กำลังเชื่อมต่อ %1…</translation>
    </message>
    <message>
        <source>%1

Password for %2:</source>
        <translation>%1

รหัสผ่านของ %2:</translation>
    </message>
    <message>
        <source>(The system keychain is not available, so RevAlign asks each time.)</source>
        <translation>(ไม่มีพวงกุญแจของระบบให้ใช้ RevAlign จึงถามทุกครั้ง)</translation>
    </message>
    <message>
        <source>Team workspace password</source>
        <translation>รหัสผ่านเวิร์กสเปซของทีม</translation>
    </message>
    <message>
        <source>Live updates from the team workspace stopped (%1); trying again in 30 seconds.</source>
        <translation>การอัปเดตสดจากเวิร์กสเปซทีมหยุดลง (%1) จะลองใหม่ใน 30 วินาที</translation>
    </message>
</context>
<context>
    <name>revalign::ui::MappingPage</name>
    <message>
        <source>Column mapping</source>
        <translation>การจับคู่คอลัมน์</translation>
    </message>
    <message>
        <source>Which field each column fills. Fields marked * are required; columns set to “(ignore)” are not imported.</source>
        <translation>แต่ละคอลัมน์จะเติมข้อมูลลงฟิลด์ใด ฟิลด์ที่มีเครื่องหมาย * เป็นฟิลด์บังคับ คอลัมน์ที่ตั้งเป็น “(ละเว้น)” จะไม่ถูกนำเข้า</translation>
    </message>
    <message>
        <source>Keep this mapping in the workspace: the next file with these columns is recognised by it</source>
        <translation>เก็บการจับคู่นี้ไว้ในเวิร์กสเปซ: ไฟล์ถัดไปที่มีคอลัมน์เหล่านี้จะถูกรู้จักโดยอัตโนมัติ</translation>
    </message>
    <message>
        <source>Write the mapping to a JSON file to share with a colleague</source>
        <translation>เขียนการจับคู่ลงไฟล์ JSON เพื่อแชร์กับเพื่อนร่วมงาน</translation>
    </message>
    <message>
        <source>Use a mapping from a JSON profile file</source>
        <translation>ใช้การจับคู่จากไฟล์โปรไฟล์ JSON</translation>
    </message>
    <message>
        <source>Profile %1 — rows become %2</source>
        <translation>โปรไฟล์ %1 — แถวจะกลายเป็น %2</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ละเว้น)</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Every required field has a column.</source>
        <translation>ฟิลด์บังคับทุกฟิลด์มีคอลัมน์แล้ว</translation>
    </message>
    <message>
        <source>Cannot continue:</source>
        <translation>ดำเนินการต่อไม่ได้:</translation>
    </message>
    <message>
        <source>map a column to %1 — every row of %2 needs one.</source>
        <translation>จับคู่คอลัมน์กับ %1 — ทุกแถวของ %2 ต้องมีค่านี้</translation>
    </message>
    <message>
        <source>; and to </source>
        <translation>; และกับ </translation>
    </message>
    <message>
        <source>Save as profile</source>
        <translation>บันทึกเป็นโปรไฟล์</translation>
    </message>
    <message>
        <source>Name for this mapping (the next import with these columns uses it):</source>
        <translation>ชื่อของการจับคู่นี้ (การนำเข้าครั้งถัดไปที่มีคอลัมน์เหล่านี้จะใช้การจับคู่นี้):</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1 (แก้ไขแล้ว)</translation>
    </message>
    <message>
        <source>Saved as profile “%1” in this workspace.</source>
        <translation>บันทึกเป็นโปรไฟล์ “%1” ในเวิร์กสเปซนี้แล้ว</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>ส่งออกโปรไฟล์</translation>
    </message>
    <message>
        <source>Import profiles (*.json)</source>
        <translation>โปรไฟล์การนำเข้า (*.json)</translation>
    </message>
    <message>
        <source>Load profile</source>
        <translation>โหลดโปรไฟล์</translation>
    </message>
</context>
<context>
    <name>revalign::ui::MeetingNoteModel</name>
    <message>
        <source>Team</source>
        <translation>ทีม</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>ใคร</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
</context>
<context>
    <name>revalign::ui::MeetingPackDialog</name>
    <message>
        <source>The latest complete week</source>
        <translation>สัปดาห์ล่าสุดที่ครบ 7 วัน</translation>
    </message>
    <message>
        <source>This week (so far)</source>
        <translation>สัปดาห์นี้ (ถึงตอนนี้)</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>เดือนที่แล้ว</translation>
    </message>
    <message>
        <source>This month (so far)</source>
        <translation>เดือนนี้ (ถึงตอนนี้)</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>ไตรมาสที่แล้ว</translation>
    </message>
    <message>
        <source>The dashboard’s range</source>
        <translation>ช่วงวันที่ของแดชบอร์ด</translation>
    </message>
    <message>
        <source>Other days</source>
        <translation>กำหนดวันเอง</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>เอกสาร PDF</translation>
    </message>
    <message>
        <source>Page images (PNG, one per page)</source>
        <translation>ภาพหน้า (PNG หนึ่งไฟล์ต่อหน้า)</translation>
    </message>
    <message>
        <source>Web page (HTML, for email or a wiki)</source>
        <translation>หน้าเว็บ (HTML สำหรับอีเมลหรือวิกิ)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>None: every contact and deal</source>
        <translation>ไม่มี: ผู้ติดต่อและดีลทั้งหมด</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>ส่งออก…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>ภาพ PNG (*.png)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>หน้าเว็บ (*.html)</translation>
    </message>
    <message>
        <source>The first day is after the last.</source>
        <translation>วันแรกอยู่หลังวันสุดท้าย</translation>
    </message>
    <message>
        <source>The pack will cover: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>เอกสารจะครอบคลุม: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>revalign::ui::MoverModel</name>
    <message>
        <source>reopened</source>
        <translation>เปิดใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <source>pulled in %1 days</source>
        <translation>ดึงเข้ามา %1 วัน</translation>
    </message>
    <message>
        <source>pulled in 1 day</source>
        <translation>ดึงเข้ามา 1 วัน</translation>
    </message>
    <message>
        <source>pulled in</source>
        <translation>ดึงเข้ามา</translation>
    </message>
    <message>
        <source>amount %1%2 %</source>
        <translation>มูลค่า %1%2 %</translation>
    </message>
    <message>
        <source>amount changed</source>
        <translation>มูลค่าเปลี่ยน</translation>
    </message>
    <message>
        <source>close date cleared</source>
        <translation>ลบวันที่ปิดออก</translation>
    </message>
    <message>
        <source>pushed %1 days</source>
        <translation>เลื่อนออกไป %1 วัน</translation>
    </message>
    <message>
        <source>pushed 1 day</source>
        <translation>เลื่อนออกไป 1 วัน</translation>
    </message>
    <message>
        <source>moved %1 days earlier</source>
        <translation>เลื่อนเร็วขึ้น %1 วัน</translation>
    </message>
    <message>
        <source>moved 1 day earlier</source>
        <translation>เลื่อนเร็วขึ้น 1 วัน</translation>
    </message>
    <message>
        <source>left the window</source>
        <translation>ออกนอกช่วง</translation>
    </message>
    <message>
        <source>won</source>
        <translation>ชนะ</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>แพ้</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>ดีล</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>Pipeline change</source>
        <translation>ไปป์ไลน์เปลี่ยน</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>เหตุผล</translation>
    </message>
</context>
<context>
    <name>revalign::ui::OwnerMoveModel</name>
    <message>
        <source>Deal</source>
        <translation>ดีล</translation>
    </message>
    <message>
        <source>Owner before</source>
        <translation>ผู้รับผิดชอบเดิม</translation>
    </message>
    <message>
        <source>Owner now</source>
        <translation>ผู้รับผิดชอบปัจจุบัน</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>มูลค่า</translation>
    </message>
</context>
<context>
    <name>revalign::ui::PersonaDialog</name>
    <message>
        <source>Edit persona “%1”</source>
        <translation>แก้ไขเพอร์โซนา “%1”</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>เพอร์โซนาใหม่</translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation>แสดงตัวอย่างไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <source>Give the persona a name.</source>
        <translation>ตั้งชื่อให้เพอร์โซนา</translation>
    </message>
    <message>
        <source>Another persona is already called “%1”.</source>
        <translation>มีเพอร์โซนาอื่นชื่อ “%1” อยู่แล้ว</translation>
    </message>
    <message>
        <source>The company size range is empty: “from” is larger than “to”.</source>
        <translation>ช่วงขนาดบริษัทไม่ถูกต้อง: ค่า “ตั้งแต่” มากกว่าค่า “ถึง”</translation>
    </message>
    <message>
        <source>Without rules this persona matches no contact.</source>
        <translation>หากไม่มีกฎ เพอร์โซนานี้จะไม่ตรงกับผู้ติดต่อใดเลย</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>กำลังนับ…</translation>
    </message>
    <message>
        <source>Counted over all %1 contacts; nothing is saved until you press Save.</source>
        <translation>นับจากผู้ติดต่อทั้งหมด %1 ราย ยังไม่มีการบันทึกจนกว่าจะกดบันทึก</translation>
    </message>
    <message>
        <source>Persona colour</source>
        <translation>สีของเพอร์โซนา</translation>
    </message>
    <message>
        <source>Current colour %1</source>
        <translation>สีปัจจุบัน %1</translation>
    </message>
</context>
<context>
    <name>revalign::ui::PersonaListModel</name>
    <message>
        <source>Pains: %1</source>
        <translation>ปัญหา: %1</translation>
    </message>
    <message>
        <source>Goals: %1</source>
        <translation>เป้าหมาย: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n contact(s)</source>
        <translation>
            <numerusform>%1, ผู้ติดต่อ %n ราย</numerusform>
        </translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>เพอร์โซนา</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <source>Classification rules</source>
        <translation>กฎการจัดกลุ่ม</translation>
    </message>
</context>
<context>
    <name>revalign::ui::PersonaPreviewModel</name>
    <message>
        <source>Matches no persona</source>
        <translation>ไม่ตรงกับเพอร์โซนาใด</translation>
    </message>
    <message>
        <source>(new persona)</source>
        <translation>(เพอร์โซนาใหม่)</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>กำลังนับ…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>เพอร์โซนา</translation>
    </message>
    <message>
        <source>Contacts now</source>
        <translation>ผู้ติดต่อปัจจุบัน</translation>
    </message>
    <message>
        <source>With these rules</source>
        <translation>เมื่อใช้กฎนี้</translation>
    </message>
</context>
<context>
    <name>revalign::ui::PersonaSummaryModel</name>
    <message>
        <source>title: %1</source>
        <translation>ตำแหน่ง: %1</translation>
    </message>
    <message>
        <source>industry: %1</source>
        <translation>อุตสาหกรรม: %1</translation>
    </message>
    <message>
        <source>%1–%2 employees</source>
        <translation>พนักงาน %1–%2 คน</translation>
    </message>
    <message>
        <source>%1+ employees</source>
        <translation>พนักงาน %1+ คน</translation>
    </message>
    <message>
        <source>up to %1 employees</source>
        <translation>พนักงานไม่เกิน %1 คน</translation>
    </message>
    <message>
        <source>country: %1</source>
        <translation>ประเทศ: %1</translation>
    </message>
    <message>
        <source>no rules yet</source>
        <translation>ยังไม่มีกฎ</translation>
    </message>
    <message>
        <source>Outside every persona</source>
        <translation>ไม่อยู่ในเพอร์โซนาใด</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>ไม่มีข้อมูล</translation>
    </message>
    <message>
        <source>matches no persona&apos;s rules — worth a look</source>
        <translation>ไม่ตรงกับกฎของเพอร์โซนาใด — ควรตรวจสอบ</translation>
    </message>
    <message>
        <source>%1
Pains: %2
Goals: %3</source>
        <translation>%1
ปัญหา: %2
เป้าหมาย: %3</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>เพอร์โซนา</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>สัดส่วน</translation>
    </message>
    <message>
        <source>Classification rules</source>
        <translation>กฎการจัดกลุ่ม</translation>
    </message>
</context>
<context>
    <name>revalign::ui::PersonasPage</name>
    <message>
        <source>&amp;New persona…</source>
        <translation>เพอร์โซนาใหม่(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>แก้ไข(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>ลบ(&amp;D)…</translation>
    </message>
    <message>
        <source>Selected persona</source>
        <translation>เพอร์โซนาที่เลือก</translation>
    </message>
    <message>
        <source>Who we sell to, and the rules that sort every contact into a persona. Press Enter to edit the selected persona, Delete to remove it, Insert to add one.</source>
        <translation>กลุ่มที่เราขายให้ และกฎที่ใช้จัดผู้ติดต่อแต่ละรายเข้าเพอร์โซนา กด Enter เพื่อแก้ไขเพอร์โซนาที่เลือก กด Delete เพื่อลบ กด Insert เพื่อเพิ่ม</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>เพอร์โซนา</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>เพอร์โซนาใหม่</translation>
    </message>
    <message>
        <source>Edit persona</source>
        <translation>แก้ไขเพอร์โซนา</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>ลบเพอร์โซนา</translation>
    </message>
    <message>
        <source>Contacts outside every persona</source>
        <translation>ผู้ติดต่อที่ไม่อยู่ในเพอร์โซนาใด</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Re-classifying contacts</source>
        <translation>กำลังจัดกลุ่มผู้ติดต่อใหม่</translation>
    </message>
    <message>
        <source>%1 of %2 contacts match no persona.</source>
        <translation>ผู้ติดต่อ %1 จาก %2 รายไม่ตรงกับเพอร์โซนาใด</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>คำอธิบาย</translation>
    </message>
    <message>
        <source>Pains</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <source>Classification rules</source>
        <translation>กฎการจัดกลุ่ม</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <source>%1 (%2% of all contacts)</source>
        <translation>%1 (%2% ของผู้ติดต่อทั้งหมด)</translation>
    </message>
    <message>
        <source>Delete the persona “%1”? Its %2 contacts will be re-classified among the other personas.

Note for the change log (optional):</source>
        <translation>ลบเพอร์โซนา “%1” หรือไม่? ผู้ติดต่อ %2 รายของเพอร์โซนานี้จะถูกจัดกลุ่มใหม่ไปยังเพอร์โซนาอื่น

หมายเหตุสำหรับบันทึกการเปลี่ยนแปลง (ไม่บังคับ):</translation>
    </message>
    <message>
        <source>Saving “%1” and re-classifying every contact…</source>
        <translation>กำลังบันทึก “%1” และจัดกลุ่มผู้ติดต่อทั้งหมดใหม่…</translation>
    </message>
    <message>
        <source>Deleting the persona and re-classifying every contact…</source>
        <translation>กำลังลบเพอร์โซนาและจัดกลุ่มผู้ติดต่อทั้งหมดใหม่…</translation>
    </message>
    <message>
        <source>Saved; every contact has been re-classified.</source>
        <translation>บันทึกแล้ว ผู้ติดต่อทั้งหมดถูกจัดกลุ่มใหม่แล้ว</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>ไม่มีการเปลี่ยนแปลง: %1</translation>
    </message>
</context>
<context>
    <name>revalign::ui::PlanDialog</name>
    <message>
        <source>Next quarter</source>
        <translation>ไตรมาสถัดไป</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>เดือนถัดไป</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>สัปดาห์ถัดไป</translation>
    </message>
    <message>
        <source>workspace: %1</source>
        <translation>ของเวิร์กสเปซ: %1</translation>
    </message>
    <message>
        <source>workspace: n/a</source>
        <translation>ของเวิร์กสเปซ: ไม่มีข้อมูล</translation>
    </message>
    <message>
        <source>Rates from %1 to %2 (the workspace&apos;s own; change any as a what-if)</source>
        <translation>อัตราตั้งแต่ %1 ถึง %2 (ของเวิร์กสเปซนี้เอง เปลี่ยนค่าใดก็ได้เพื่อลองสมมติ)</translation>
    </message>
    <message>
        <source>%1 to %2: target %3, already booked %4, still to book %5.</source>
        <translation>%1 ถึง %2: เป้าหมาย %3 ปิดได้แล้ว %4 ยังต้องปิดอีก %5</translation>
    </message>
</context>
<context>
    <name>revalign::ui::PlanStepModel</name>
    <message>
        <source>Deals won</source>
        <translation>ดีลที่ต้องปิดได้</translation>
    </message>
    <message>
        <source>Opportunities created</source>
        <translation>โอกาสการขายที่สร้าง</translation>
    </message>
    <message>
        <source>Pipeline created</source>
        <translation>ไปป์ไลน์ที่สร้าง</translation>
    </message>
    <message>
        <source>SQLs</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>SALs (MQLs accepted)</source>
        <translation>SAL (MQL ที่ฝ่ายขายรับ)</translation>
    </message>
    <message>
        <source>MQLs</source>
        <translation>MQL</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>ไม่มีข้อมูล</translation>
    </message>
    <message>
        <source>already late: that day has passed</source>
        <translation>ช้าไปแล้ว: เลยวันนั้นมาแล้ว</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>สิ่งที่ต้องได้</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>ทีม</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <source>By</source>
        <translation>ภายในวันที่</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
</context>
<context>
    <name>revalign::ui::QualityFindingModel</name>
    <message>
        <source>%1 of %2 contacts</source>
        <translation>%1 จากผู้ติดต่อ %2 ราย</translation>
    </message>
    <message>
        <source>%1 of %2 deals</source>
        <translation>%1 จากดีล %2 รายการ</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n คน</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>ประเด็นที่พบ</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>เรคคอร์ด</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>สัดส่วน</translation>
    </message>
    <message>
        <source>What the figures do about it</source>
        <translation>ตัวเลขจัดการอย่างไร</translation>
    </message>
</context>
<context>
    <name>revalign::ui::ScoreBandModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>คะแนน</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <source>Accepted by sales</source>
        <translation>ฝ่ายขายยอมรับ</translation>
    </message>
    <message>
        <source>Became SQL</source>
        <translation>เป็น SQL</translation>
    </message>
    <message>
        <source>Won (of closed)</source>
        <translation>ชนะ (จากที่ปิดแล้ว)</translation>
    </message>
</context>
<context>
    <name>revalign::ui::ScoreLineModel</name>
    <message>
        <source>fit</source>
        <translation>ความเหมาะสม</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>กฎ</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>กลุ่ม</translation>
    </message>
    <message>
        <source>Touches</source>
        <translation>จุดสัมผัส</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>คะแนน</translation>
    </message>
</context>
<context>
    <name>revalign::ui::ScoringModelDialog</name>
    <message>
        <source>Persona</source>
        <translation>เพอร์โซนา</translation>
    </message>
    <message>
        <source>Title keyword</source>
        <translation>คำในตำแหน่งงาน</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>ขนาดบริษัท</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>อุตสาหกรรม</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Web visit</source>
        <translation>เข้าชมเว็บไซต์</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>แบบฟอร์ม</translation>
    </message>
    <message>
        <source>Email click</source>
        <translation>คลิกอีเมล</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>อีเวนต์</translation>
    </message>
    <message>
        <source>Ad</source>
        <translation>โฆษณา</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>คอนเทนต์</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>โทร</translation>
    </message>
    <message>
        <source>Sales email</source>
        <translation>อีเมลจากฝ่ายขาย</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>ประชุม</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>เดโม</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>อื่นๆ</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>เพิ่มกฎ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>เลื่อนลง</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ชื่อกฎ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ฟิลด์</translation>
    </message>
    <message>
        <source>Matches (comma-separated)</source>
        <translation>ค่าที่จับคู่ (คั่นด้วยจุลภาค)</translation>
    </message>
    <message>
        <source>Min employees</source>
        <translation>พนักงานขั้นต่ำ</translation>
    </message>
    <message>
        <source>Max employees</source>
        <translation>พนักงานสูงสุด</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>คะแนน</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <source>Channel (empty: any)</source>
        <translation>ช่องทาง (ว่าง: ทุกช่องทาง)</translation>
    </message>
    <message>
        <source>Cap group</source>
        <translation>กลุ่มเพดาน</translation>
    </message>
    <message>
        <source>Points per touch</source>
        <translation>คะแนนต่อจุดสัมผัส</translation>
    </message>
    <message>
        <source>Most points from the group</source>
        <translation>คะแนนสูงสุดจากกลุ่ม</translation>
    </message>
    <message>
        <source>Scoring model</source>
        <translation>โมเดลการให้คะแนน</translation>
    </message>
    <message>
        <source>MQL threshold</source>
        <translation>เกณฑ์ MQL</translation>
    </message>
    <message>
        <source> days</source>
        <translation> วัน</translation>
    </message>
    <message>
        <source>Engagement half-life</source>
        <translation>ค่าครึ่งชีวิตของการมีส่วนร่วม</translation>
    </message>
    <message>
        <source>Fit rules</source>
        <translation>กฎความเหมาะสม</translation>
    </message>
    <message>
        <source>Engagement rules</source>
        <translation>กฎการมีส่วนร่วม</translation>
    </message>
    <message>
        <source>Caps per group</source>
        <translation>เพดานต่อกลุ่ม</translation>
    </message>
    <message>
        <source>Persona rules with no value match any persona.</source>
        <translation>กฎเพอร์โซนาที่ไม่ระบุค่าจะตรงกับทุกเพอร์โซนา</translation>
    </message>
    <message>
        <source>Persona rules with no value match any persona. Personas: %1</source>
        <translation>กฎเพอร์โซนาที่ไม่ระบุค่าจะตรงกับทุกเพอร์โซนา เพอร์โซนา: %1</translation>
    </message>
    <message>
        <source>Why (e.g. agreed in the weekly sync)</source>
        <translation>เหตุผล (เช่น ตกลงกันในประชุมประจำสัปดาห์)</translation>
    </message>
    <message>
        <source>Note for the change log</source>
        <translation>หมายเหตุสำหรับบันทึกการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Who the contact is. Every matching rule adds its points. Title keywords match whole words in any letter case; company size counts employees, both ends included.</source>
        <translation>ผู้ติดต่อเป็นใคร ทุกกฎที่ตรงจะบวกคะแนนของตน คำในตำแหน่งงานจับคู่ทั้งคำโดยไม่สนตัวพิมพ์เล็กใหญ่ ขนาดบริษัทนับจำนวนพนักงาน รวมค่าทั้งสองปลาย</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>ความเหมาะสม</translation>
    </message>
    <message>
        <source>What the contact did. A touch earns the points of the first rule that matches it, so put specific rules above general ones. Points halve every half-life.</source>
        <translation>ผู้ติดต่อทำอะไร จุดสัมผัสหนึ่งจุดได้คะแนนจากกฎแรกที่ตรง จึงควรวางกฎที่เฉพาะเจาะจงไว้เหนือกฎทั่วไป คะแนนลดลงครึ่งหนึ่งทุกช่วงครึ่งชีวิต</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>การมีส่วนร่วม</translation>
    </message>
    <message>
        <source>The most points the rules of one group can give a contact together.</source>
        <translation>คะแนนสูงสุดที่กฎทั้งหมดในกลุ่มหนึ่งให้ผู้ติดต่อได้รวมกัน</translation>
    </message>
    <message>
        <source>Caps</source>
        <translation>เพดาน</translation>
    </message>
    <message>
        <source>Restore the built-in model</source>
        <translation>คืนค่าโมเดลตั้งต้น</translation>
    </message>
    <message>
        <source>Any activity</source>
        <translation>ทุกกิจกรรม</translation>
    </message>
    <message>
        <source>Not saved yet:</source>
        <translation>ยังไม่ได้บันทึก:</translation>
    </message>
</context>
<context>
    <name>revalign::ui::ScoringPage</name>
    <message>
        <source>Score bands</source>
        <translation>ช่วงคะแนน</translation>
    </message>
    <message>
        <source>Points per rule</source>
        <translation>คะแนนตามกฎ</translation>
    </message>
    <message>
        <source>Lead scoring</source>
        <translation>การให้คะแนนลีด</translation>
    </message>
    <message>
        <source>MQL threshold</source>
        <translation>เกณฑ์ MQL</translation>
    </message>
    <message>
        <source>Contact id</source>
        <translation>id ผู้ติดต่อ</translation>
    </message>
    <message>
        <source>Explain score</source>
        <translation>อธิบายคะแนน</translation>
    </message>
    <message>
        <source>&lt;b&gt;Score bands vs outcomes&lt;/b&gt; (as scored when each contact qualified)</source>
        <translation>&lt;b&gt;ช่วงคะแนนเทียบกับผลลัพธ์&lt;/b&gt; (ตามคะแนน ณ เวลาที่ผู้ติดต่อแต่ละรายผ่านเกณฑ์)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why a contact scores what it does&lt;/b&gt;</source>
        <translation>&lt;b&gt;เหตุใดผู้ติดต่อจึงได้คะแนนเท่านี้&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No contact with id &apos;%1&apos;.</source>
        <translation>ไม่มีผู้ติดต่อที่มี id &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No workspace open.</source>
        <translation>ไม่มีเวิร์กสเปซที่เปิดอยู่</translation>
    </message>
    <message>
        <source>Scoring every contact…</source>
        <translation>กำลังให้คะแนนผู้ติดต่อทั้งหมด…</translation>
    </message>
    <message>
        <source>&lt;b&gt;AUC %1&lt;/b&gt; — the chance a won contact outscores a lost one (%2 won, %3 lost; 0.5 = no better than chance).&lt;br&gt;Stored threshold &lt;b&gt;%4&lt;/b&gt;; suggested threshold &lt;b&gt;%5&lt;/b&gt;: the best match to sales&apos; accept/reject decisions (Youden&apos;s J %6).</source>
        <translation>&lt;b&gt;AUC %1&lt;/b&gt; — โอกาสที่ผู้ติดต่อที่ชนะจะได้คะแนนสูงกว่าผู้ติดต่อที่แพ้ (ชนะ %2 ราย แพ้ %3 ราย; 0.5 = ไม่ดีไปกว่าการสุ่ม)&lt;br&gt;เกณฑ์ที่บันทึกไว้ &lt;b&gt;%4&lt;/b&gt;; เกณฑ์ที่แนะนำ &lt;b&gt;%5&lt;/b&gt;: ตรงกับการตัดสินใจยอมรับ/ปฏิเสธของฝ่ายขายมากที่สุด (Youden&apos;s J %6)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>ไม่มีข้อมูล</translation>
    </message>
    <message>
        <source>With threshold %1 we would have had %2 MQLs, sales would have accepted about %3 (of %4 decided) and we would have missed %5 of %6 eventual customers.</source>
        <translation>หากใช้เกณฑ์ %1 เราจะมี MQL %2 ราย ฝ่ายขายจะยอมรับประมาณ %3 (จาก %4 รายที่ตัดสินใจแล้ว) และเราจะพลาดผู้ที่กลายเป็นลูกค้าในที่สุด %5 จาก %6 ราย</translation>
    </message>
    <message>
        <source>Contact %1 scores %2 (fit %3 + engagement %4) as of %5.</source>
        <translation>ผู้ติดต่อ %1 ได้คะแนน %2 (ความเหมาะสม %3 + การมีส่วนร่วม %4) ณ %5</translation>
    </message>
    <message>
        <source>Edit scoring model…</source>
        <translation>แก้ไขโมเดลการให้คะแนน…</translation>
    </message>
    <message>
        <source>Rules, caps, half-life and the threshold; saved in the workspace with a change-log entry</source>
        <translation>กฎ เพดาน ค่าครึ่งชีวิต และเกณฑ์ บันทึกไว้ในเวิร์กสเปซพร้อมบันทึกการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Another change is still being saved; try again in a moment.</source>
        <translation>ยังบันทึกการเปลี่ยนแปลงอื่นอยู่ ลองใหม่อีกครั้งในอีกสักครู่</translation>
    </message>
</context>
<context>
    <name>revalign::ui::SinceLastSyncPanel</name>
    <message>
        <source>Since last sync</source>
        <translation>ตั้งแต่ประชุมครั้งก่อน</translation>
    </message>
    <message>
        <source>Biggest movers</source>
        <translation>ดีลที่เปลี่ยนมากที่สุด</translation>
    </message>
    <message>
        <source>Deals of the bar</source>
        <translation>ดีลของแท่งนี้</translation>
    </message>
    <message>
        <source>How is this counted?</source>
        <translation>นับอย่างไร?</translation>
    </message>
    <message>
        <source>How the waterfall is counted</source>
        <translation>วิธีนับวอเตอร์ฟอลล์</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Every deals import is a snapshot.&lt;/b&gt; Each deal keeps its stage, amount, close date, probability, forecast category, owner and open/won/lost as of every import that changed it; imported stage history (Salesforce OpportunityHistory, HubSpot &quot;Date entered&quot; columns) fills the same timeline.&lt;/p&gt;&lt;p&gt;The pipeline is the open deals closing in the window (the quarter by default). Between the end of the previous sync week and the latest snapshot:&lt;br&gt;Start + New + Pulled in + Increased − Decreased − Pushed out − Won − Lost = End, to the cent.&lt;/p&gt;&lt;p&gt;A deal that changed in several ways counts once per change, in this order: how it came in (&lt;b&gt;New&lt;/b&gt;: not in the earlier snapshot, or reopened; &lt;b&gt;Pulled in&lt;/b&gt;: open but closing outside the window before), how its amount moved (&lt;b&gt;Increased&lt;/b&gt;/&lt;b&gt;Decreased&lt;/b&gt;), how it left (&lt;b&gt;Won&lt;/b&gt; or &lt;b&gt;Lost&lt;/b&gt; wherever its close date now lies; otherwise &lt;b&gt;Pushed out&lt;/b&gt;). Entries count at the earlier amount for pulled-in deals and at the later amount for new ones; exits at the later amount.&lt;/p&gt;&lt;p&gt;Deals are filtered as they are now (current owner and team). Ownership and forecast-category moves are listed apart and do not change the pipeline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;การนำเข้าดีลทุกครั้งคือสแนปช็อต&lt;/b&gt; ดีลแต่ละรายการจะเก็บขั้น มูลค่า วันที่ปิด ความน่าจะเป็น หมวดพยากรณ์ ผู้รับผิดชอบ และสถานะเปิด/ชนะ/แพ้ ไว้ ณ ทุกการนำเข้าที่ทำให้เปลี่ยน ส่วนประวัติขั้นที่นำเข้า (Salesforce OpportunityHistory, คอลัมน์ &quot;Date entered&quot; ของ HubSpot) จะเติมลงในเส้นเวลาเดียวกัน&lt;/p&gt;&lt;p&gt;ไปป์ไลน์คือดีลที่เปิดอยู่และมีวันที่ปิดอยู่ในช่วง (ค่าเริ่มต้นคือไตรมาส) ตั้งแต่สิ้นสัปดาห์ของการประชุมครั้งก่อนจนถึงสแนปช็อตล่าสุด:&lt;br&gt;ยอดเริ่มต้น + ใหม่ + ดึงเข้ามา + เพิ่มขึ้น − ลดลง − เลื่อนออก − ชนะ − แพ้ = ยอดสิ้นสุด ตรงถึงสตางค์&lt;/p&gt;&lt;p&gt;ดีลที่เปลี่ยนหลายอย่างจะถูกนับหนึ่งครั้งต่อการเปลี่ยนแต่ละอย่าง ตามลำดับนี้: เข้ามาอย่างไร (&lt;b&gt;ใหม่&lt;/b&gt;: ไม่อยู่ในสแนปช็อตก่อนหน้า หรือถูกเปิดใหม่; &lt;b&gt;ดึงเข้ามา&lt;/b&gt;: เปิดอยู่แต่ก่อนหน้านี้มีวันที่ปิดนอกช่วง) มูลค่าเปลี่ยนอย่างไร (&lt;b&gt;เพิ่มขึ้น&lt;/b&gt;/&lt;b&gt;ลดลง&lt;/b&gt;) และออกไปอย่างไร (&lt;b&gt;ชนะ&lt;/b&gt; หรือ &lt;b&gt;แพ้&lt;/b&gt; ไม่ว่าวันที่ปิดตอนนี้จะอยู่ที่ใด มิฉะนั้นคือ &lt;b&gt;เลื่อนออก&lt;/b&gt;) การเข้ามานับที่มูลค่าเดิมสำหรับดีลที่ดึงเข้ามา และที่มูลค่าล่าสุดสำหรับดีลใหม่ ส่วนการออกนับที่มูลค่าล่าสุด&lt;/p&gt;&lt;p&gt;ตัวกรองใช้กับดีลตามสภาพปัจจุบัน (ผู้รับผิดชอบและทีมปัจจุบัน) การเปลี่ยนผู้รับผิดชอบและการเปลี่ยนหมวดพยากรณ์แสดงแยกไว้ และไม่ทำให้ไปป์ไลน์เปลี่ยน&lt;/p&gt;</translation>
    </message>
    <message>
        <source>From the end of %1 to %2 · deals closing %3 – %4</source>
        <translation>ตั้งแต่สิ้นวัน %1 ถึง %2 · ดีลที่ปิดระหว่าง %3 – %4</translation>
    </message>
    <message>
        <source>Pipeline changes: n/a — %1</source>
        <translation>การเปลี่ยนแปลงของไปป์ไลน์: ไม่มีข้อมูล — %1</translation>
    </message>
    <message>
        <source>MQL backlog: %1 pending → %2 (%3 new, %4 accepted, %5 rejected)</source>
        <translation>MQL ที่ค้าง: รอดำเนินการ %1 → %2 (ใหม่ %3, ยอมรับ %4, ปฏิเสธ %5)</translation>
    </message>
    <message numerus="yes">
        <source>; %n answered without a date, counted when they became MQL</source>
        <translation>
            <numerusform>; %n รายที่ตอบรับหรือปฏิเสธโดยไม่มีวันที่ นับว่าตอบตั้งแต่ตอนเป็น MQL</numerusform>
        </translation>
    </message>
    <message>
        <source>MQL backlog: n/a — %1</source>
        <translation>MQL ที่ค้าง: ไม่มีข้อมูล — %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n deal(s)</source>
        <translation>
            <numerusform>%1: %n ดีล</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n deal(s) that changed</source>
        <translation>
            <numerusform>%1: %n ดีลที่เปลี่ยนแปลง</numerusform>
        </translation>
    </message>
    <message>
        <source>Waterfall</source>
        <translation>วอเตอร์ฟอลล์</translation>
    </message>
    <message>
        <source>Slipped deals</source>
        <translation>ดีลที่เลื่อนวันปิด</translation>
    </message>
    <message>
        <source>Stalled deals</source>
        <translation>ดีลที่ค้างอยู่ในขั้น</translation>
    </message>
    <message>
        <source>Ownership moves</source>
        <translation>การเปลี่ยนผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>Forecast-category moves</source>
        <translation>การย้ายหมวดพยากรณ์</translation>
    </message>
    <message>
        <source>Forecast-category flow</source>
        <translation>การไหลระหว่างหมวดพยากรณ์</translation>
    </message>
    <message>
        <source>Forecast flow</source>
        <translation>การไหลของพยากรณ์</translation>
    </message>
    <message>
        <source>Slipped (%1)</source>
        <translation>เลื่อนวันปิด (%1)</translation>
    </message>
    <message>
        <source>Stalled (%1)</source>
        <translation>ค้างในขั้น (%1)</translation>
    </message>
    <message>
        <source>Owner changes (%1)</source>
        <translation>เปลี่ยนผู้รับผิดชอบ (%1)</translation>
    </message>
    <message>
        <source>Forecast moves (%1)</source>
        <translation>ย้ายหมวดพยากรณ์ (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) still open had their close date pushed since last sync. &quot;Pushed&quot; counts every time the close date moved later while the deal was open, over its whole history; &quot;Days pushed&quot; adds those moves up.</source>
        <translation>
            <numerusform>มี %n ดีลที่ยังเปิดอยู่ถูกเลื่อนวันปิดออกไปตั้งแต่ประชุมครั้งก่อน &quot;เลื่อน&quot; นับทุกครั้งที่วันที่ปิดถูกเลื่อนออกไประหว่างที่ดีลยังเปิดอยู่ ตลอดประวัติของดีล ส่วน &quot;จำนวนวันที่เลื่อน&quot; คือผลรวมของการเลื่อนทั้งหมด</numerusform>
        </translation>
    </message>
    <message>
        <source>No open deal had its close date pushed since last sync.</source>
        <translation>ไม่มีดีลที่เปิดอยู่ถูกเลื่อนวันปิดตั้งแต่ประชุมครั้งก่อน</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) in the pipeline now have been in their stage longer than the stage&apos;s expected days. &quot;At least&quot;: the deal&apos;s first record already had the stage, so it entered it earlier than the history shows.</source>
        <translation>
            <numerusform>มี %n ดีลในไปป์ไลน์ตอนนี้ที่อยู่ในขั้นนานกว่าจำนวนวันที่คาดไว้ของขั้นนั้น &quot;อย่างน้อย&quot; หมายถึงบันทึกแรกของดีลก็อยู่ในขั้นนี้แล้ว จึงเข้าขั้นนี้ก่อนที่ประวัติจะเริ่มบันทึก</numerusform>
        </translation>
    </message>
    <message>
        <source>No deal in the pipeline has been in its stage longer than the stage expects.</source>
        <translation>ไม่มีดีลในไปป์ไลน์ที่อยู่ในขั้นนานกว่าที่คาดไว้</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) changed owner since last sync. Ownership moves do not change the pipeline; filters use the owner now.</source>
        <translation>
            <numerusform>มี %n ดีลที่เปลี่ยนผู้รับผิดชอบตั้งแต่ประชุมครั้งก่อน การเปลี่ยนผู้รับผิดชอบไม่ทำให้ไปป์ไลน์เปลี่ยน และตัวกรองใช้ผู้รับผิดชอบปัจจุบัน</numerusform>
        </translation>
    </message>
    <message>
        <source>No deal changed owner since last sync.</source>
        <translation>ไม่มีดีลที่เปลี่ยนผู้รับผิดชอบตั้งแต่ประชุมครั้งก่อน</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) moved into or out of a forecast category since last sync. &quot;Not in the pipeline&quot;: not open with a close date in the window at that moment. Amounts as of now.</source>
        <translation>
            <numerusform>มี %n ดีลที่ย้ายเข้าหรือออกจากหมวดพยากรณ์ตั้งแต่ประชุมครั้งก่อน &quot;ไม่อยู่ในไปป์ไลน์&quot; หมายถึง ณ เวลานั้นดีลไม่ได้เปิดอยู่หรือวันที่ปิดไม่อยู่ในช่วง มูลค่าเป็นมูลค่าปัจจุบัน</numerusform>
        </translation>
    </message>
    <message>
        <source>No deal moved into or out of a forecast category since last sync.</source>
        <translation>ไม่มีดีลที่ย้ายเข้าหรือออกจากหมวดพยากรณ์ตั้งแต่ประชุมครั้งก่อน</translation>
    </message>
    <message>
        <source>Rows: the forecast category at the last sync; columns: now. Each cell: deals · amount (as of now). The diagonal is the deals that stayed where they were.</source>
        <translation>แถว: หมวดพยากรณ์ ณ การประชุมครั้งก่อน คอลัมน์: ตอนนี้ แต่ละช่อง: จำนวนดีล · มูลค่า (ปัจจุบัน) แนวทแยงคือดีลที่ยังอยู่หมวดเดิม</translation>
    </message>
    <message>
        <source>Time in each stage</source>
        <translation>เวลาในแต่ละขั้น</translation>
    </message>
    <message>
        <source>Stage times</source>
        <translation>เวลาในขั้น</translation>
    </message>
    <message>
        <source>No completed stay in a stage is recorded yet: a stay counts from entering a stage to entering the next one, and one that began before a deal&apos;s first record has no known start.</source>
        <translation>ยังไม่มีการอยู่ในขั้นที่จบครบถ้วน: การอยู่ในขั้นนับตั้งแต่เข้าขั้นจนถึงเข้าขั้นถัดไป และการอยู่ที่เริ่มก่อนบันทึกแรกของดีลจะไม่รู้วันเริ่ม</translation>
    </message>
    <message>
        <source>How long deals stayed in each stage before the next one, over every completed stay recorded up to now (the deals the filters keep). With weekly snapshots a stage change is known to the week.</source>
        <translation>ดีลอยู่ในแต่ละขั้นนานเท่าไรก่อนไปขั้นถัดไป จากการอยู่ในขั้นที่จบครบถ้วนทั้งหมดที่บันทึกไว้จนถึงตอนนี้ (เฉพาะดีลที่ผ่านตัวกรอง) เมื่อใช้สแนปช็อตรายสัปดาห์ การเปลี่ยนขั้นจะรู้ได้ละเอียดถึงระดับสัปดาห์</translation>
    </message>
</context>
<context>
    <name>revalign::ui::SlippedDealModel</name>
    <message>
        <source>%1× (%2 since last sync)</source>
        <translation>%1 ครั้ง (%2 ครั้งตั้งแต่ประชุมครั้งก่อน)</translation>
    </message>
    <message>
        <source>Times the close date moved later while the deal was open, over its whole history</source>
        <translation>จำนวนครั้งที่วันที่ปิดถูกเลื่อนออกไประหว่างที่ดีลยังเปิดอยู่ ตลอดประวัติของดีล</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>ดีล</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>เลื่อน</translation>
    </message>
    <message>
        <source>Days pushed</source>
        <translation>จำนวนวันที่เลื่อน</translation>
    </message>
    <message>
        <source>First close date</source>
        <translation>วันที่ปิดแรกสุด</translation>
    </message>
    <message>
        <source>Close date now</source>
        <translation>วันที่ปิดตอนนี้</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>มูลค่า</translation>
    </message>
</context>
<context>
    <name>revalign::ui::StageDefinitionModel</name>
    <message>
        <source>%1 h</source>
        <translation>%1 ชม.</translation>
    </message>
    <message>
        <source>no SLA</source>
        <translation>ไม่มี SLA</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ขั้น</translation>
    </message>
    <message>
        <source>Owning team</source>
        <translation>ทีมเจ้าของ</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Agreed definition</source>
        <translation>นิยามที่ตกลงกัน</translation>
    </message>
</context>
<context>
    <name>revalign::ui::StageDialog</name>
    <message>
        <source>Edit stage “%1”</source>
        <translation>แก้ไขขั้น “%1”</translation>
    </message>
</context>
<context>
    <name>revalign::ui::StageSummaryModel</name>
    <message>
        <source>%1 business h</source>
        <translation>%1 ชม. ทำการ</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ขั้น</translation>
    </message>
    <message>
        <source>Owner team</source>
        <translation>ทีมเจ้าของ</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Contacts entered</source>
        <translation>ผู้ติดต่อที่เข้าสู่ขั้น</translation>
    </message>
    <message>
        <source>Agreed definition</source>
        <translation>นิยามที่ตกลงกัน</translation>
    </message>
</context>
<context>
    <name>revalign::ui::StageTimeModel</name>
    <message>
        <source>%1 d</source>
        <translation>%1 วัน</translation>
    </message>
    <message>
        <source>Completed stays in the stage up to now, from entering it to entering the next one; a stay that began before a deal&apos;s first record has no known start and is left out</source>
        <translation>จำนวนครั้งที่อยู่ในขั้นจนจบครบถ้วนจนถึงตอนนี้ ตั้งแต่เข้าขั้นจนถึงเข้าขั้นถัดไป การอยู่ที่เริ่มก่อนบันทึกแรกของดีลไม่รู้วันเริ่มจึงไม่นับ</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ขั้น</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>จำนวนครั้ง</translation>
    </message>
    <message>
        <source>Median time in the stage</source>
        <translation>เวลามัธยฐานในขั้น</translation>
    </message>
    <message>
        <source>Mean time in the stage</source>
        <translation>เวลาเฉลี่ยในขั้น</translation>
    </message>
</context>
<context>
    <name>revalign::ui::StalledDealModel</name>
    <message>
        <source>at least %1</source>
        <translation>อย่างน้อย %1</translation>
    </message>
    <message>
        <source>on or before %1</source>
        <translation>ในหรือก่อนวันที่ %1</translation>
    </message>
    <message>
        <source>The deal&apos;s first record already had this stage: it entered it earlier, so it has been there at least this long</source>
        <translation>บันทึกแรกของดีลก็อยู่ในขั้นนี้แล้ว ดีลจึงเข้าขั้นนี้ก่อนหน้านั้น และอยู่ในขั้นนี้มาอย่างน้อยเท่านี้</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>ดีล</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ขั้น</translation>
    </message>
    <message>
        <source>In the stage</source>
        <translation>อยู่ในขั้นมา</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>ที่คาดไว้</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>มูลค่า</translation>
    </message>
</context>
<context>
    <name>revalign::ui::SummaryPage</name>
    <message>
        <source>Contacts</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>บัญชีบริษัท</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>โอกาสการขาย</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>จุดสัมผัส</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>แคมเปญ</translation>
    </message>
    <message>
        <source>People (owners)</source>
        <translation>บุคลากร (ผู้รับผิดชอบ)</translation>
    </message>
    <message>
        <source>Funnel stages</source>
        <translation>ขั้นของฟันเนล</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>เพอร์โซนา</translation>
    </message>
    <message>
        <source>Agreed funnel</source>
        <translation>ฟันเนลที่ตกลงกัน</translation>
    </message>
    <message>
        <source>Data from %1 to %2</source>
        <translation>ข้อมูลตั้งแต่ %1 ถึง %2</translation>
    </message>
    <message>
        <source>No data imported yet</source>
        <translation>ยังไม่มีการนำเข้าข้อมูล</translation>
    </message>
    <message>
        <source>%1 · %2 · currency %3</source>
        <translation>%1 · %2 · สกุลเงิน %3</translation>
    </message>
</context>
<context>
    <name>revalign::ui::SyncPage</name>
    <message>
        <source>Team</source>
        <translation>ทีม</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>สัปดาห์ก่อนหน้า</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>สัปดาห์ถัดไป</translation>
    </message>
    <message>
        <source>This week vs last week</source>
        <translation>สัปดาห์นี้เทียบสัปดาห์ที่แล้ว</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>ใคร</translation>
    </message>
    <message>
        <source>What was said or agreed…</source>
        <translation>สิ่งที่พูดคุยหรือตกลงกัน…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>เพิ่มหมายเหตุ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุการประชุม</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>Next step…</source>
        <translation>ขั้นตอนถัดไป…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>สิ่งที่ต้องทำ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>กำหนดเสร็จ</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>เพิ่มสิ่งที่ต้องทำ</translation>
    </message>
    <message>
        <source>Action items (open items carry over until done)</source>
        <translation>สิ่งที่ต้องทำ (รายการที่ยังไม่เสร็จจะยกไปจนกว่าจะเสร็จ)</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>สิ่งที่ต้องทำ</translation>
    </message>
    <message>
        <source>Weekly sync — week of %1 (vs the week before)</source>
        <translation>ประชุมประจำสัปดาห์ — สัปดาห์ที่เริ่ม %1 (เทียบสัปดาห์ก่อนหน้า)</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>สัปดาห์ที่เริ่ม %1</translation>
    </message>
    <message>
        <source>Week before</source>
        <translation>สัปดาห์ก่อนหน้า</translation>
    </message>
    <message>
        <source>Double-click a note to change its text</source>
        <translation>ดับเบิลคลิกที่บันทึกเพื่อแก้ไขข้อความ</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>ลบบันทึก</translation>
    </message>
    <message>
        <source>Delete action item</source>
        <translation>ลบรายการงาน</translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <translation>%1 (ยังไม่เสร็จ)</translation>
    </message>
    <message>
        <source>%1 (done %2)</source>
        <translation>%1 (เสร็จ %2)</translation>
    </message>
</context>
<context>
    <name>revalign::ui::UndefinedStagesBanner</name>
    <message>
        <source>Define deal stages…</source>
        <translation>กำหนดนิยามขั้นของดีล…</translation>
    </message>
    <message>
        <source>Deal stages not yet defined</source>
        <translation>ขั้นของดีลที่ยังไม่ได้กำหนดนิยาม</translation>
    </message>
    <message numerus="yes">
        <source>“%1” (%n deal(s))</source>
        <translation>
            <numerusform>“%1” (%n ดีล)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal stage(s) not yet defined: %1. Until someone defines them, their deals count as open at 0 % in the Pipeline forecast category.</source>
        <translation>
            <numerusform>ขั้นของดีลที่ยังไม่ได้กำหนดนิยาม %n ขั้น: %1 ระหว่างที่ยังไม่มีผู้กำหนดนิยาม ดีลในขั้นเหล่านี้จะนับเป็นดีลที่เปิดอยู่ที่ 0 % ในหมวดการพยากรณ์ไปป์ไลน์</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>revalign::ui::ValidationPage</name>
    <message>
        <source>Check</source>
        <translation>ตรวจสอบ</translation>
    </message>
    <message>
        <source>A dry run over every row of every file. Nothing is written yet.</source>
        <translation>ทดลองรันกับทุกแถวของทุกไฟล์ ยังไม่มีการเขียนข้อมูลใด</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>นำเข้า(&amp;I)</translation>
    </message>
    <message>
        <source>Off: if any row is invalid, nothing is written — fix the file or the mapping and try again. On: the valid rows are imported; the invalid ones listed here are left out and counted in the summary.</source>
        <translation>ปิด: หากมีแถวใดไม่ถูกต้อง จะไม่มีการเขียนข้อมูลใด — แก้ไขไฟล์หรือการจับคู่แล้วลองอีกครั้ง เปิด: นำเข้าแถวที่ถูกต้อง ส่วนแถวที่ไม่ถูกต้องที่แสดงไว้ที่นี่จะไม่ถูกนำเข้าและนับรวมไว้ในสรุป</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>กำลังตรวจสอบทุกแถว…</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>การตรวจสอบถูกหยุดแล้ว</translation>
    </message>
    <message>
        <source>The files cannot be imported: %1
Go back and change the format or mapping choices.</source>
        <translation>นำเข้าไฟล์ไม่ได้: %1
ย้อนกลับไปเปลี่ยนตัวเลือกรูปแบบหรือการจับคู่</translation>
    </message>
    <message>
        <source>All %1 rows are valid. Press Import to write them in one step.</source>
        <translation>ทั้ง %1 แถวถูกต้อง กด นำเข้า เพื่อเขียนข้อมูลทั้งหมดในขั้นตอนเดียว</translation>
    </message>
    <message>
        <source>(extra %1)</source>
        <translation>(ส่วนเกิน %1)</translation>
    </message>
    <message>
        <source>%1%2: %3</source>
        <translation>%1%2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>หมายเหตุ:</translation>
    </message>
    <message>
        <source>%1 of %2 rows are invalid: %3 problems of %4 kinds. Fix them in the file, change the mapping, or tick “Skip invalid rows” to import the rest.</source>
        <translation>%1 จาก %2 แถวไม่ถูกต้อง: พบปัญหา %3 รายการ %4 ประเภท แก้ไขในไฟล์ เปลี่ยนการจับคู่ หรือทำเครื่องหมาย “ข้ามแถวที่ไม่ถูกต้อง” เพื่อนำเข้าแถวที่เหลือ</translation>
    </message>
    <message>
        <source>The problems, grouped by column, reason and value; every row is counted (click one to see its first line):</source>
        <translation>ปัญหาจัดกลุ่มตามคอลัมน์ สาเหตุ และค่า นับครบทุกแถว (คลิกเพื่อดูบรรทัดแรกของปัญหานั้น):</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), lines %1</source>
        <translation>
            <numerusform>%n แถว บรรทัด %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1:</source>
        <translation>บรรทัด %1:</translation>
    </message>
</context>
<context>
    <name>revalign::ui::WaterfallChart</name>
    <message>
        <source>Pipeline waterfall</source>
        <translation>วอเตอร์ฟอลล์ของไปป์ไลน์</translation>
    </message>
    <message>
        <source>%1, millions</source>
        <translation>ล้าน %1</translation>
    </message>
    <message>
        <source>%1, thousands</source>
        <translation>พัน %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>revalign::ui::WaterfallDealModel</name>
    <message>
        <source>No record this early: the deal&apos;s first recorded values</source>
        <translation>ยังไม่มีบันทึกในช่วงเวลานั้น: ใช้ค่าแรกที่บันทึกไว้ของดีล</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>ดีล</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>เปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Amount before</source>
        <translation>มูลค่าก่อน</translation>
    </message>
    <message>
        <source>Amount after</source>
        <translation>มูลค่าหลัง</translation>
    </message>
    <message>
        <source>Close before</source>
        <translation>วันที่ปิดก่อน</translation>
    </message>
    <message>
        <source>Close after</source>
        <translation>วันที่ปิดหลัง</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ขั้น</translation>
    </message>
</context>
<context>
    <name>revalign::ui::WelcomePage</name>
    <message>
        <source>Welcome to RevAlign</source>
        <translation>ยินดีต้อนรับสู่ RevAlign</translation>
    </message>
    <message>
        <source>One workspace file holds the definitions marketing and sales agreed on — personas, funnel stages, KPIs and targets — and the numbers from your CRM exports, side by side. Create a workspace, open one, or drop a .revalign file on this window.</source>
        <translation>ไฟล์เวิร์กสเปซเดียวเก็บทั้งนิยามที่การตลาดและฝ่ายขายตกลงกัน — เพอร์โซนา ขั้นของฟันเนล KPI และเป้าหมาย — และตัวเลขจากไฟล์ส่งออกของ CRM ไว้เทียบกัน สร้างเวิร์กสเปซ เปิดเวิร์กสเปซที่มีอยู่ หรือลากไฟล์ .revalign มาวางที่หน้าต่างนี้</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>เวิร์กสเปซใหม่(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>เปิดเวิร์กสเปซ(&amp;O)…</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>เวิร์กสเปซล่าสุด</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ยังไม่มี)</translation>
    </message>
    <message>
        <source>Connect to &amp;team workspace…</source>
        <translation>เชื่อมต่อเวิร์กสเปซของทีม(&amp;T)…</translation>
    </message>
</context>
</TS>
