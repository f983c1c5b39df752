"""The inline stylesheet and script of the HTML report (no network assets)."""

CSS = """
:root{--err:#d7263d;--warn:#f4a100;--info:#2b8cbe;--ink:#1d232a;--mute:#66707a;--bg:#f6f7f9}
*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;
color:var(--ink);background:var(--bg)}header{padding:20px 28px;background:#fff;border-bottom:1px solid #dde}
h1{margin:0 0 4px;font-size:22px}h2{font-size:17px;margin:0 0 10px}.mute{color:var(--mute)}
table.sum{border-collapse:collapse;margin-top:12px}table.sum td,table.sum th{padding:3px 12px;
border-bottom:1px solid #eee;text-align:right}table.sum td:first-child,table.sum th:first-child{text-align:left}
section.file{margin:20px 28px;background:#fff;border:1px solid #dde;border-radius:8px;padding:18px}
.cols{display:grid;grid-template-columns:minmax(0,3fr) minmax(260px,2fr);gap:20px}
pre.letter{white-space:pre-wrap;word-wrap:break-word;font:15px/1.6 Georgia,serif;margin:0;padding:14px;
background:#fcfcfd;border:1px solid #eee;border-radius:6px}
mark{background:none;border-bottom:3px solid;cursor:pointer;padding:0 1px}
mark.sev-error{background:#fde2e5;border-color:var(--err)}mark.sev-warning{background:#fff1cc;
border-color:var(--warn)}mark.sev-info{background:#e0f0f8;border-color:var(--info)}
mark.pin::before{content:"\\25B8";font-size:12px}mark.flash{outline:3px solid #333}
ol.findings{list-style:none;margin:0;padding:0;max-height:80vh;overflow:auto}
ol.findings li{padding:8px 10px;border-left:4px solid;margin-bottom:6px;background:#fafafa;cursor:pointer}
li.sev-error{border-color:var(--err)}li.sev-warning{border-color:var(--warn)}li.sev-info{border-color:var(--info)}
.badge{display:inline-block;font-size:11px;font-weight:600;text-transform:uppercase;padding:0 6px;
border-radius:3px;color:#fff}.badge.sev-error{background:var(--err)}.badge.sev-warning{background:var(--warn)}
.badge.sev-info{background:var(--info)}code{font-size:12px}.why{display:none;color:var(--mute);font-size:13px}
li.open .why{display:block}#pop{position:absolute;display:none;max-width:420px;background:#fff;
border:1px solid #ccd;border-radius:6px;box-shadow:0 4px 18px #0002;padding:10px 12px;font-size:13px;z-index:9}
.error-line{color:var(--err);font-weight:600}.zh{color:#2d3a4a}.sources ul{margin:2px 0 0 18px;padding:0}ol.findings .sources li{border:0;background:none;padding:0;margin:0;cursor:auto;list-style:disc}
@media print{ol.findings{max-height:none}}
"""

JS = """
(function(){
  var blob = JSON.parse(document.getElementById('poa-data').textContent);
  var data = blob.findings, labels = blob.labels;
  var pop = document.getElementById('pop');
  function esc(s){var d=document.createElement('div');d.textContent=s;return d.innerHTML;}
  function show(id, el){
    var f = data[id]; if(!f) return;
    pop.innerHTML = '<b>' + esc(f.rule) + '</b> <span class="badge sev-' + f.severity + '">' +
      esc(f.severity) + '</span>' + f.messages.map(function(m, i){
        return '<p' + (i ? ' class="zh" lang="zh-CN"' : '') + '>' + esc(m) + '</p>'; }).join('') +
      '<p class="mute">' + esc(f.why).replace(/\\n/g, '<br>') + '</p>' +
      (f.sources.length ? '<p class="mute">' + esc(labels['sources']) + '<br>' +
        f.sources.map(esc).join('<br>') + '</p>' : '') +
      (f.suggestions.length ? '<p>' + esc(labels['html-suggestion']) + ' ' + esc(f.suggestions.join(' | ')) + '</p>' : '') +
      (f.url ? '<a href="' + esc(f.url) + '">' + esc(labels['html-about-rule']) + '</a>' : '');
    var r = el.getBoundingClientRect();
    pop.style.left = (window.scrollX + r.left) + 'px';
    pop.style.top = (window.scrollY + r.bottom + 6) + 'px';
    pop.style.display = 'block';
  }
  document.addEventListener('click', function(e){
    var mark = e.target.closest('mark[data-f]');
    var item = e.target.closest('li[data-id]');
    if (mark) { show(mark.dataset.f.split(' ')[0], mark); e.stopPropagation(); return; }
    if (item) {
      item.classList.toggle('open');
      var target = document.querySelector('mark[data-f~="' + item.dataset.id + '"]');
      if (target) { target.scrollIntoView({block:'center'}); target.classList.add('flash');
        setTimeout(function(){target.classList.remove('flash');}, 1200); show(item.dataset.id, target); }
      return;
    }
    if (!e.target.closest('#pop')) pop.style.display = 'none';
  });
  document.querySelectorAll('mark[data-f]').forEach(function(m){
    m.setAttribute('tabindex', '0');
    m.setAttribute('data-count', String(m.dataset.f.split(' ').length));
  });
  document.body.setAttribute('data-ready', String(Object.keys(data).length));
})();
"""
