/* 青岚县人民政府门户网站 公共脚本 */
function fontZoom(size) {
  var el = document.getElementById('zoom');
  if (el) { el.style.fontSize = size + 'px'; }
}

// 首页选项卡：鼠标移入标签时切换内容
function initTabs() {
  var boxes = document.querySelectorAll('.tab-box');
  for (var i = 0; i < boxes.length; i++) {
    (function (box) {
      var titles = box.querySelectorAll('.tab-title li');
      var panes = box.querySelectorAll('.tab-con');
      for (var j = 0; j < titles.length; j++) {
        (function (k) {
          titles[k].onmouseover = function () {
            for (var m = 0; m < titles.length; m++) {
              titles[m].className = m === k ? 'active' : '';
              if (panes[m]) { panes[m].className = m === k ? 'tab-con active' : 'tab-con'; }
            }
          };
        })(j);
      }
    })(boxes[i]);
  }
}

// 旧版浏览器不支持 :hover 下拉时的兼容处理
function initMenu() {
  var items = document.querySelectorAll('.nav-list > li');
  for (var i = 0; i < items.length; i++) {
    items[i].onmouseenter = function () { this.className += ' hover'; };
    items[i].onmouseleave = function () { this.className = this.className.replace(' hover', ''); };
  }
}

window.onload = function () { initTabs(); initMenu(); };
