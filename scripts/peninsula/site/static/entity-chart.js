/* Articles per month on an entity page: data comes from the canvas's data- attributes
   (no inline script, so the page can keep a strict Content-Security-Policy). */
(function () {
    var canvas = document.getElementById('entity-months');
    if (!canvas || typeof Chart === 'undefined') return;
    new Chart(canvas, {
        type: 'bar',
        data: {
            labels: JSON.parse(canvas.dataset.months),
            datasets: [{label: canvas.dataset.label, data: JSON.parse(canvas.dataset.counts),
                        backgroundColor: '#4a6fa5'}]
        },
        options: {
            animation: false,
            maintainAspectRatio: false,
            plugins: {legend: {display: false}},
            scales: {y: {beginAtZero: true, ticks: {precision: 0}}}
        }
    });
})();
