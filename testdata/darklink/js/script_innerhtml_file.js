(function(){
  var el = document.createElement("div");
  el.innerHTML = "<a href=\"http://www.mgm-yl.com/\">美高梅娱乐</a>";
  document.body.appendChild(el);
})();
