/**
 * Static assets of the pages: the stylesheet (a sober open-data-portal look) and a small progressive-enhancement
 * script that sorts tables marked data-sortable by clicking their headers. Everything works without the script:
 * the column headers are links that sort on the server.
 */
export const SITE_CSS = `
:root{--ink:#1b2733;--muted:#5b6773;--blue:#0b4f9c;--line:#d5dde5;--bg:#f4f6f8;--warn:#8a1c1c}
*{box-sizing:border-box}body{margin:0;font:16px/1.5 "PT Sans",Arial,sans-serif;color:var(--ink);background:#fff}
.wrap{max-width:1160px;margin:0 auto;padding:0 16px}.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px}
.top{background:var(--blue);color:#fff;padding:8px 0 0}.top a{color:#fff}.ministry{margin:0;font-size:13px;opacity:.85;text-transform:uppercase;letter-spacing:.06em}
.site{margin:2px 0 8px;font-size:22px;font-weight:bold}.site a{text-decoration:none}
nav ul{list-style:none;margin:0;padding:0;display:flex;gap:20px;flex-wrap:wrap}nav a{display:inline-block;padding:6px 0 10px}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible{outline:3px solid #f2a900;outline-offset:2px}
.notice{background:#eef4fb;border-left:4px solid #1f5fa8;padding:8px 12px}
.synthetic{margin:0;background:#fff3cd;color:var(--warn);border-bottom:2px solid #e0b000;padding:8px 16px;text-align:center}
h1{font-size:28px;margin:24px 0 8px}h2{font-size:21px;margin:28px 0 8px}
.meta{color:var(--muted);margin:0 0 16px}.filters{display:flex;gap:12px;align-items:end;flex-wrap:wrap;background:var(--bg);padding:12px;border:1px solid var(--line)}
.filters label{display:flex;flex-direction:column;font-size:14px;color:var(--muted)}input,select,button{font:inherit;padding:6px 8px;border:1px solid #9aa7b4}
button{background:var(--blue);color:#fff;border-color:var(--blue);cursor:pointer}
table{border-collapse:collapse;width:100%;margin:12px 0}figure.chart{margin:12px 0}figure.chart img{max-width:100%;height:auto}.scroll{overflow-x:auto}@media(max-width:640px){table{display:block;overflow-x:auto}.scroll svg.map{min-width:560px}}caption{text-align:left;color:var(--muted);padding:4px 0}
th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}th{background:var(--bg)}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
th a{color:inherit}.up{color:#1a7f37}.down{color:var(--warn)}.band{display:inline-block;padding:0 6px;border-radius:3px;background:var(--bg)}
.layout{display:grid;grid-template-columns:1fr;gap:16px}svg text{font:9px Arial,sans-serif}.map a:focus rect{stroke:#f2a900;stroke-width:3}.map a.faded{opacity:.25}.map .legend text{font-size:11px}
.bars rect.bar{fill:var(--blue)}tbody th{background:none;font-weight:normal}
.facts{display:grid;grid-template-columns:repeat(auto-fit,minmax(170px,1fr));gap:12px;margin:0}.facts div{background:var(--bg);border:1px solid var(--line);padding:10px 12px}
.facts dt{font-size:13px;color:var(--muted)}.facts dd{margin:0;font-size:22px;font-weight:bold}.facts{grid-auto-rows:1fr}.facts dd small{display:block;margin-top:4px;font-size:13px;font-weight:normal;color:var(--muted)}.facts-2{grid-template-columns:repeat(2,minmax(0,1fr))}.facts-5{grid-template-columns:repeat(5,minmax(0,1fr))}.facts-6{grid-template-columns:repeat(3,minmax(0,1fr))}@media(max-width:760px){.facts-5{grid-template-columns:minmax(0,1fr)}.facts-6{grid-template-columns:repeat(2,minmax(0,1fr))}}
.weights fieldset{border:1px solid var(--line);margin:0 0 12px}.weights .weight{display:grid;grid-template-columns:minmax(0,18em) minmax(0,1fr) 7em;gap:8px;align-items:center;margin:4px 0}
.weights input[type=number]{width:100%}@media(max-width:640px){.weights .weight{grid-template-columns:minmax(0,1fr) 6em}.weights .weight label{grid-column:1/-1}}
.split{display:grid;grid-template-columns:minmax(0,1fr);gap:8px}@media(min-width:1000px){.split{grid-template-columns:minmax(0,5fr) minmax(0,7fr)}}footer{border-top:1px solid var(--line);margin-top:40px;color:var(--muted);font-size:14px}
`;

export const SORT_JS = `document.querySelectorAll('table[data-sortable] th[data-key]').forEach(function(th){
  var a=th.querySelector('a');if(!a)return;a.addEventListener('click',function(e){e.preventDefault();
  var table=th.closest('table'),body=table.tBodies[0],i=Array.prototype.indexOf.call(th.parentNode.children,th);
  var dir=th.getAttribute('aria-sort')==='ascending'?-1:1;table.querySelectorAll('th').forEach(function(h){h.removeAttribute('aria-sort')});
  th.setAttribute('aria-sort',dir===1?'ascending':'descending');
  var rows=Array.prototype.slice.call(body.rows);rows.sort(function(x,y){var p=x.cells[i].dataset.value||x.cells[i].textContent,q=y.cells[i].dataset.value||y.cells[i].textContent;
  var n=parseFloat(p),m=parseFloat(q);return dir*(isNaN(n)||isNaN(m)?p.localeCompare(q,document.documentElement.lang):n-m)});rows.forEach(function(r){body.appendChild(r)})});});`;
