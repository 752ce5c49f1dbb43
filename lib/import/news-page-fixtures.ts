import { zipSync } from "fflate";

/**
 * Made-up Arabic news pages for the import tests (unit, integration and end-to-end): the shape of
 * a real news site's article page — navigation, a headline, a byline, the body between share
 * buttons and related links, a footer — with the metadata publishers write (JSON-LD NewsArticle,
 * OpenGraph, `<meta>`). Written for these tests; no site's markup is copied.
 */

export const NEWS_PARAGRAPHS = [
  "قال مسؤول في وزارة الدفاع العراقية يوم الأحد إن ثلاثة صواريخ سقطت قرب قاعدة عين الأسد الجوية في محافظة الأنبار غربي البلاد، من دون أن تسفر عن إصابات.",
  "وأضاف المسؤول، الذي طلب عدم الكشف عن اسمه لأنه غير مخول بالحديث إلى وسائل الإعلام، أن الصواريخ أطلقت من منطقة صحراوية تبعد نحو عشرين كيلومتراً عن القاعدة.",
  "ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن، فيما قالت قيادة العمليات المشتركة إنها فتحت تحقيقاً لتحديد موقع الإطلاق.",
  "وهذا الهجوم هو الرابع من نوعه خلال أسبوع، بحسب إحصاء أعدته الوكالة استناداً إلى بيانات رسمية.",
];

export const NEWS_TITLE = "سقوط ثلاثة صواريخ قرب قاعدة عين الأسد غربي العراق";

export function newsPage(
  options: { title?: string; paragraphs?: string[]; url?: string; charset?: string; jsonLd?: boolean } = {},
): string {
  const title = options.title ?? NEWS_TITLE;
  const paragraphs = options.paragraphs ?? NEWS_PARAGRAPHS;
  const url = options.url ?? "https://wire.example/iraq/2024/01/14/rockets-ain-al-asad";
  const ld = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: title,
    datePublished: "2024-01-14T09:30:00+03:00",
    author: [{ "@type": "Person", name: "سارة الجبوري" }],
    publisher: {
      "@type": "Organization",
      name: "وكالة الخبر",
      logo: { "@type": "ImageObject", url: `${url}/logo.png` },
    },
    mainEntityOfPage: url,
  };
  return `<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="${options.charset ?? "utf-8"}">
<title>${title} | وكالة الخبر</title>
<meta property="og:title" content="${title}">
<meta property="og:site_name" content="وكالة الخبر">
<meta property="og:url" content="${url}">
<meta property="article:published_time" content="2024-01-14T09:30:00+03:00">
<meta name="author" content="سارة الجبوري">
<link rel="canonical" href="${url}">
${options.jsonLd === false ? "" : `<script type="application/ld+json">${JSON.stringify(ld)}</script>`}
<script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body>
<header class="site-header"><a href="/">وكالة الخبر</a>
<nav><ul><li><a href="/iraq">العراق</a></li><li><a href="/syria">سوريا</a></li><li><a href="/economy">اقتصاد</a></li><li><a href="/sport">رياضة</a></li></ul></nav>
</header>
<main>
<article class="story">
<h1 class="story-title">${title}</h1>
<div class="byline">بقلم سارة الجبوري · <time datetime="2024-01-14">14 يناير 2024</time></div>
<div class="share"><a href="#">مشاركة</a> <a href="#">تغريد</a></div>
<div class="story-body">
${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}
</div>
<div class="ad">إعلان</div>
</article>
<aside class="related"><h2>اقرأ أيضاً</h2><ul>
<li><a href="/a1">انفجار عبوة ناسفة على طريق سريع جنوبي بغداد</a></li>
<li><a href="/a2">الحكومة تعلن موازنة العام المقبل</a></li>
</ul></aside>
</main>
<footer><p>جميع الحقوق محفوظة © وكالة الخبر 2024</p><a href="/privacy">سياسة الخصوصية</a></footer>
</body>
</html>`;
}

/** A section front: headlines and links, no article body. */
export function indexPage(): string {
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>العراق | وكالة الخبر</title></head>
<body><nav><a href="/">الرئيسية</a> <a href="/iraq">العراق</a></nav>
<ul class="headlines">
<li><a href="/a1">سقوط صواريخ قرب قاعدة عين الأسد</a></li>
<li><a href="/a2">انفجار عبوة ناسفة جنوبي بغداد</a></li>
<li><a href="/a3">الحكومة تعلن موازنة العام المقبل</a></li>
</ul><footer>وكالة الخبر</footer></body></html>`;
}

const xmlText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A minimal Word document (.docx): a Heading 1 title, then the paragraphs, right to left. */
export function makeDocx(title: string, paragraphs: string[]): Uint8Array {
  const para = (text: string, style?: string) =>
    `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ""}<w:bidi/></w:pPr><w:r><w:rPr><w:rtl/></w:rPr><w:t xml:space="preserve">${xmlText(text)}</w:t></w:r></w:p>`;
  const encode = (s: string) => new TextEncoder().encode(s);
  return zipSync({
    "[Content_Types].xml": encode(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
    ),
    "_rels/.rels": encode(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    "word/_rels/document.xml.rels": encode(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    ),
    "word/styles.xml": encode(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>',
    ),
    "word/document.xml": encode(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${para(title, "Heading1")}${paragraphs.map((p) => para(p)).join("")}</w:body></w:document>`,
    ),
  });
}
