<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AnimationDialog</name>
    <message>
        <source>Export animation</source>
        <translation>Экспорт анимации</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>.mp4 (H.264 video, small, for slides), .gif (plays everywhere, loops) or a folder ending in / for numbered PNG frames</source>
        <translation>.mp4 (видео H.264, компактное, для слайдов), .gif (играет везде, по кругу) или папка с / на конце для пронумерованных кадров PNG</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>&amp;Размер</translation>
    </message>
    <message>
        <source>Width × height</source>
        <translation>Ширина × высота</translation>
    </message>
    <message>
        <source> px</source>
        <translation> пикс.</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Что</translation>
    </message>
    <message>
        <source>F&amp;rames</source>
        <translation>&amp;Кадры</translation>
    </message>
    <message>
        <source>from </source>
        <translation>с </translation>
    </message>
    <message>
        <source>The first iteration of the animation</source>
        <translation>Первая итерация анимации</translation>
    </message>
    <message>
        <source>to </source>
        <translation>по </translation>
    </message>
    <message>
        <source>The last iteration of the animation</source>
        <translation>Последняя итерация анимации</translation>
    </message>
    <message>
        <source>S&amp;peed</source>
        <translation>С&amp;корость</translation>
    </message>
    <message>
        <source> it/s</source>
        <translation> ит./с</translation>
    </message>
    <message>
        <source>Iterations per second of playback (the player&apos;s speed)</source>
        <translation>Итераций в секунду при воспроизведении (скорость проигрывателя)</translation>
    </message>
    <message>
        <source>Frame &amp;rate</source>
        <translation>&amp;Частота кадров</translation>
    </message>
    <message>
        <source> fps</source>
        <translation> кадр/с</translation>
    </message>
    <message>
        <source>Frames per second of the video; 25 or 30 suit slides</source>
        <translation>Кадров в секунду в видео; для слайдов подходят 25 или 30</translation>
    </message>
    <message>
        <source>&amp;Hold the end</source>
        <translation>&amp;Пауза в конце</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>How long the last frame stays before the video ends (or the GIF loops)</source>
        <translation>Сколько держится последний кадр, прежде чем видео закончится (или GIF начнётся заново)</translation>
    </message>
    <message>
        <source>&amp;Dither (GIF): smoother gradients, slightly larger file</source>
        <translation>&amp;Дизеринг (GIF): плавнее градиенты, файл чуть больше</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export figure</source>
        <translation>Экспорт рисунка</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>The format follows the extension: .png, .svg (vector) or .pdf (vector)</source>
        <translation>Формат определяется расширением: .png, .svg (вектор) или .pdf (вектор)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>&amp;Размер</translation>
    </message>
    <message>
        <source>Width × height</source>
        <translation>Ширина × высота</translation>
    </message>
    <message>
        <source> px</source>
        <translation> пикс.</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Что</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Space</source>
        <translation>Пробел</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Пуск / пауза</translation>
    </message>
    <message>
        <source>← / →</source>
        <translation>← / →</translation>
    </message>
    <message>
        <source>Step back / forward</source>
        <translation>Шаг назад / вперёд</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <source>First / last iteration</source>
        <translation>Первая / последняя итерация</translation>
    </message>
    <message>
        <source>1 … 9</source>
        <translation>1 … 9</translation>
    </message>
    <message>
        <source>Presets of the lesson</source>
        <translation>Готовые примеры урока</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel a computation (leave presentation mode)</source>
        <translation>Отменить вычисление (выйти из режима презентации)</translation>
    </message>
    <message>
        <source>Page Down / Page Up</source>
        <translation>Page Down / Page Up</translation>
    </message>
    <message>
        <source>Presentation mode: next / previous session or lesson</source>
        <translation>Режим презентации: следующий / предыдущий сеанс или урок</translation>
    </message>
    <message>
        <source>+ / −</source>
        <translation>+ / −</translation>
    </message>
    <message>
        <source>Presentation mode: faster / slower</source>
        <translation>Режим презентации: быстрее / медленнее</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Клавиатура</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Gradus %1&lt;/h2&gt;&lt;p&gt;Live, exact pictures for teaching optimization and machine learning.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running %3), OpenCV %4, Eigen %5, %7. %6&lt;/p&gt;&lt;p&gt;Gradus is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU General Public License (/usr/share/common-licenses/GPL-3, or https://www.gnu.org/licenses/) for more details.&lt;/p&gt;&lt;p&gt;Gradus works offline: it never uses the network. Settings live in the user&apos;s configuration folder; a lab can set defaults for every user in /etc/xdg/Gradus/gradus.conf.&lt;/p&gt;&lt;p&gt;The bundled data and pictures and their licences are listed under Data credits.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Gradus %1&lt;/h2&gt;&lt;p&gt;Живые и точные картинки для преподавания оптимизации и машинного обучения.&lt;/p&gt;&lt;p&gt;Собран с Qt %2 (работает с %3), OpenCV %4, Eigen %5, %7. %6&lt;/p&gt;&lt;p&gt;Gradus — свободная программа: её можно распространять и изменять на условиях Стандартной общественной лицензии GNU (GNU GPL), опубликованной Фондом свободного программного обеспечения, версии 3 либо (по вашему выбору) любой более поздней версии. Она распространяется в надежде, что будет полезной, но БЕЗ КАКИХ-ЛИБО ГАРАНТИЙ, даже без подразумеваемых гарантий ТОВАРНОЙ ПРИГОДНОСТИ или ПРИГОДНОСТИ ДЛЯ ОПРЕДЕЛЁННОЙ ЦЕЛИ. Подробнее — в тексте GNU GPL (/usr/share/common-licenses/GPL-3 или https://www.gnu.org/licenses/).&lt;/p&gt;&lt;p&gt;Gradus работает без сети и никогда к ней не обращается. Настройки хранятся в папке конфигурации пользователя; для всего компьютерного класса значения по умолчанию задаются в /etc/xdg/Gradus/gradus.conf.&lt;/p&gt;&lt;p&gt;Встроенные данные и изображения и их лицензии перечислены на вкладке «Источники данных».&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>RunLegend</name>
    <message>
        <source>the Hessian is singular</source>
        <translation>гессиан вырожден</translation>
    </message>
    <message>
        <source>the line search found no decrease</source>
        <translation>линейный поиск не нашёл убывания</translation>
    </message>
    <message>
        <source>%1: diverged at step %2</source>
        <translation>%1: разошёлся на шаге %2</translation>
    </message>
    <message>
        <source>%1: stopped, %2</source>
        <translation>%1: остановлен, %2</translation>
    </message>
    <message>
        <source>%1: f = %2</source>
        <translation>%1: f = %2</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>animated picture: its first frame of %1 is used</source>
        <translation>анимированная картинка: взят первый кадр из %1</translation>
    </message>
</context>
<context>
    <name>gradus::AccelerationFigure</name>
    <message>
        <source>Phase plot: a cycle of period 3 is a triangle</source>
        <translation>Фазовая плоскость: цикл периода 3 — треугольник</translation>
    </message>
    <message>
        <source>iterations to ε</source>
        <translation>итераций до ε</translation>
    </message>
    <message>
        <source>f (L = 25, μ = 1)</source>
        <translation>f (L = 25, μ = 1)</translation>
    </message>
    <message>
        <source>heavy ball cycles from here</source>
        <translation>отсюда тяжёлый шарик зацикливается</translation>
    </message>
    <message>
        <source>heavy ball&apos;s cycle</source>
        <translation>цикл тяжёлого шарика</translation>
    </message>
    <message>
        <source>x = 0 exactly at step %1</source>
        <translation>x = 0 точно на шаге %1</translation>
    </message>
    <message>
        <source>converges</source>
        <translation>сходится</translation>
    </message>
    <message>
        <source>cycles for ever</source>
        <translation>зацикливается навсегда</translation>
    </message>
    <message>
        <source>neither, in 2,000 steps</source>
        <translation>ни то ни другое за 2000 шагов</translation>
    </message>
    <message>
        <source>f(1) = 12.5 and f(2) = 38</source>
        <translation>f(1) = 12,5 и f(2) = 38</translation>
    </message>
    <message>
        <source>%1: slope %2</source>
        <translation>%1: наклон %2</translation>
    </message>
    <message>
        <source>Iterations to ε = %1 (dotted: ∝ κ, dashed: ∝ √κ)</source>
        <translation>Итерации до ε = %1 (точки: ∝ κ, штрихи: ∝ √κ)</translation>
    </message>
    <message>
        <source>Step %1 from x₀ = %2: the last three points are marked</source>
        <translation>Шаг %1 из x₀ = %2: отмечены три последние точки</translation>
    </message>
    <message>
        <source>minimum x*</source>
        <translation>минимум x*</translation>
    </message>
    <message>
        <source>%1: %2 steps</source>
        <translation>%1: шагов %2</translation>
    </message>
    <message>
        <source>%1: not within the cap</source>
        <translation>%1: не уложился в предел</translation>
    </message>
    <message>
        <source>f = ½(x² + κy²), κ = %1: the first steps</source>
        <translation>f = ½(x² + κy²), κ = %1: первые шаги</translation>
    </message>
    <message>
        <source>Distance to the minimum at κ = %1</source>
        <translation>Расстояние до минимума при κ = %1</translation>
    </message>
    <message>
        <source>diverges</source>
        <translation>расходится</translation>
    </message>
    <message>
        <source>The value at each step: heavy ball α = %1, β = %2; Nesterov α = %3, β = %4</source>
        <translation>Значение на каждом шаге: тяжёлый шарик α = %1, β = %2; Нестеров α = %3, β = %4</translation>
    </message>
    <message>
        <source>Click to start both there.</source>
        <translation>Щёлкните, чтобы запустить оба отсюда.</translation>
    </message>
    <message>
        <source>The value against time: step k of descent at t = kα</source>
        <translation>Значение во времени: шаг k спуска в момент t = kα</translation>
    </message>
    <message>
        <source>gradient flow</source>
        <translation>градиентный поток</translation>
    </message>
    <message>
        <source>Step %1, t = %2: descent is %3 from the flow</source>
        <translation>Шаг %1, t = %2: спуск в %3 от потока</translation>
    </message>
    <message>
        <source>flow ẋ = −∇f</source>
        <translation>поток ẋ = −∇f</translation>
    </message>
    <message>
        <source>descent, α = %1</source>
        <translation>спуск, α = %1</translation>
    </message>
    <message>
        <source>part at step %1</source>
        <translation>расходятся на шаге %1</translation>
    </message>
    <message>
        <source>Click to start every method there.</source>
        <translation>Щёлкните, чтобы начать оттуда все методы.</translation>
    </message>
    <message>
        <source>Chebyshev bound 1/T_k</source>
        <translation>граница Чебышёва 1/T_k</translation>
    </message>
    <message>
        <source>((κ − 1)/(κ + 1))^k</source>
        <translation>((κ − 1)/(κ + 1))^k</translation>
    </message>
    <message>
        <source>fractal order</source>
        <translation>фрактальный порядок</translation>
    </message>
    <message>
        <source>largest first</source>
        <translation>сначала самые длинные</translation>
    </message>
    <message>
        <source>smallest first</source>
        <translation>сначала самые короткие</translation>
    </message>
    <message>
        <source>Distance to the minimum; N = %1 steps, %2: they peak at ×%3</source>
        <translation>Расстояние до минимума; N = %1 шагов, %2: пик ×%3</translation>
    </message>
    <message>
        <source>Distance to the minimum; N = %1 steps, %2</source>
        <translation>Расстояние до минимума; N = %1 шагов, %2</translation>
    </message>
    <message>
        <source>1/T_k = %1</source>
        <translation>1/T_k = %1</translation>
    </message>
    <message>
        <source>Step %1 on f = ½xᵀAx, eigenvalues μ = 1 and L = κ = %2</source>
        <translation>Шаг %1 на f = ½xᵀAx, собственные числа μ = 1 и L = κ = %2</translation>
    </message>
    <message>
        <source>After %1 steps the error along the eigenvector of λ is multiplied by P_k(λ)</source>
        <translation>После %1 шагов ошибка вдоль собственного вектора λ умножена на P_k(λ)</translation>
    </message>
    <message>
        <source>CG, on the floor</source>
        <translation>CG, на полу</translation>
    </message>
    <message>
        <source>floor for any method</source>
        <translation>пол для любого метода</translation>
    </message>
    <message>
        <source>Nesterov&apos;s bound at k = %1</source>
        <translation>граница Нестерова при k = %1</translation>
    </message>
    <message>
        <source>Nesterov&apos;s worst function in n = %1 variables: the value&apos;s gap against k</source>
        <translation>Худшая функция Нестерова от n = %1 переменных: f(x_k) − f* в зависимости от k</translation>
    </message>
    <message>
        <source>x*</source>
        <translation>x*</translation>
    </message>
    <message>
        <source>Step %1: x_k,i = 0 for every i &gt; k (nonzero: %2)</source>
        <translation>Шаг %1: x_k,i = 0 при всех i &gt; k (ненулевых: %2)</translation>
    </message>
</context>
<context>
    <name>gradus::AccelerationLesson</name>
    <message>
        <source>Picture</source>
        <translation>Картина</translation>
    </message>
    <message>
        <source>heavy ball&apos;s counterexample</source>
        <translation>контрпример для тяжёлого шарика</translation>
    </message>
    <message>
        <source>iterations against κ</source>
        <translation>итерации в зависимости от κ</translation>
    </message>
    <message>
        <source>Counterexample</source>
        <translation>Контрпример</translation>
    </message>
    <message>
        <source>Start x₀</source>
        <translation>Начальная точка x₀</translation>
    </message>
    <message>
        <source>Where both methods start (x₋₁ = x₀). Heavy ball cycles from about 3.07 to 3.46, and from the other starts the bars under the curve show.</source>
        <translation>Откуда стартуют оба метода (x₋₁ = x₀). Тяжёлый шарик зацикливается примерно от 3,07 до 3,46 и из других точек, которые показывают отрезки под кривой.</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Итерации</translation>
    </message>
    <message>
        <source>Steps of each method; the player shows them one by one.</source>
        <translation>Шаги каждого метода; проигрыватель показывает их по одному.</translation>
    </message>
    <message>
        <source>Heavy ball&apos;s step α</source>
        <translation>Шаг тяжёлого шарика α</translation>
    </message>
    <message>
        <source>4/(√L + √μ)² = 1/9 is the best step for quadratics with these L and μ.</source>
        <translation>4/(√L + √μ)² = 1/9 — лучший шаг для квадратичных функций с такими L и μ.</translation>
    </message>
    <message>
        <source>Heavy ball&apos;s momentum β</source>
        <translation>Импульс тяжёлого шарика β</translation>
    </message>
    <message>
        <source>((√L − √μ)/(√L + √μ))² = 4/9 is the best momentum for quadratics; smaller values make heavy ball converge here.</source>
        <translation>((√L − √μ)/(√L + √μ))² = 4/9 — лучший импульс для квадратичных функций; при меньших значениях тяжёлый шарик здесь сходится.</translation>
    </message>
    <message>
        <source>Condition number</source>
        <translation>Число обусловленности</translation>
    </message>
    <message>
        <source>Largest κ</source>
        <translation>Наибольшее κ</translation>
    </message>
    <message>
        <source>κ runs over evenly spaced logarithms from 1 to this; the player goes through them.</source>
        <translation>κ пробегает равномерно расставленные логарифмы от 1 до этого значения; проигрыватель перебирает их.</translation>
    </message>
    <message>
        <source>Values of κ</source>
        <translation>Значений κ</translation>
    </message>
    <message>
        <source>Accuracy ε</source>
        <translation>Точность ε</translation>
    </message>
    <message>
        <source>A method has arrived once ‖x_k − x*‖ ≤ ε‖x₀ − x*‖.</source>
        <translation>Метод дошёл, как только ‖x_k − x*‖ ≤ ε‖x₀ − x*‖.</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Методы</translation>
    </message>
    <message>
        <source>Acceleration: momentum and its limits</source>
        <translation>Ускорение: импульс и его пределы</translation>
    </message>
    <message>
        <source>Optimization methods</source>
        <translation>Методы оптимизации</translation>
    </message>
    <message>
        <source>Heavy ball and Nesterov need √κ times fewer steps than gradient descent on quadratics, yet heavy ball with the same constants cycles for ever on a smooth strongly convex function.</source>
        <translation>Тяжёлому шарику и методу Нестерова на квадратичных функциях нужно в √κ раз меньше шагов, чем градиентному спуску, но тяжёлый шарик с теми же константами навсегда зацикливается на гладкой сильно выпуклой функции.</translation>
    </message>
    <message>
        <source>A start from which heavy ball converges too, after a long dance</source>
        <translation>Точка, из которой тяжёлый шарик тоже сходится, после долгого танца</translation>
    </message>
    <message>
        <source>Heavy ball with β = 0.3 converges from the cycling start</source>
        <translation>Тяжёлый шарик с β = 0,3 сходится из точки зацикливания</translation>
    </message>
    <message>
        <source>Iterations to 10⁻⁶ against κ up to 1000: slopes 1 and ½</source>
        <translation>Итерации до 10⁻⁶ при κ до 1000: наклоны 1 и ½</translation>
    </message>
    <message>
        <source>κ up to 10⁵ and ε = 10⁻¹⁰</source>
        <translation>κ до 10⁵ и ε = 10⁻¹⁰</translation>
    </message>
    <message>
        <source>As in the course: x₀ = 3.7, 30 steps (this start happens to converge)</source>
        <translation>Как в курсе: x₀ = 3,7, 30 шагов (из этой точки метод случайно сходится)</translation>
    </message>
    <message>
        <source>No method is chosen: tick at least one under Methods.</source>
        <translation>Не выбран ни один метод: отметьте хотя бы один в разделе «Методы».</translation>
    </message>
    <message>
        <source>gradient descent and gradient flow</source>
        <translation>градиентный спуск и градиентный поток</translation>
    </message>
    <message>
        <source>Gradient flow</source>
        <translation>Градиентный поток</translation>
    </message>
    <message>
        <source>Condition number κ</source>
        <translation>Число обусловленности κ</translation>
    </message>
    <message>
        <source>f = ½xᵀAx with A&apos;s eigenvalues 1 and κ.</source>
        <translation>f = ½xᵀAx, собственные значения A — 1 и κ.</translation>
    </message>
    <message>
        <source>Valley angle</source>
        <translation>Угол оврага</translation>
    </message>
    <message>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <source>Click on the map to choose.</source>
        <translation>Щёлкните по карте, чтобы выбрать.</translation>
    </message>
    <message>
        <source>Step α</source>
        <translation>Шаг α</translation>
    </message>
    <message>
        <source>Gradient descent&apos;s step; the flow&apos;s time runs α per step. Above 2/κ it diverges.</source>
        <translation>Шаг градиентного спуска; время потока идёт на α за шаг. Выше 2/κ спуск расходится.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>Gradient descent beside the gradient flow on diag(1, 5), α = 0.1, as in the course</source>
        <translation>Градиентный спуск рядом с градиентным потоком на diag(1, 5), α = 0,1, как в курсе</translation>
    </message>
    <message>
        <source>α = 0.35, near 2/L = 0.4: the steps overshoot across the valley, the flow never does</source>
        <translation>α = 0,35, около 2/L = 0,4: шаги перескакивают через овраг, поток — никогда</translation>
    </message>
    <message>
        <source>Chebyshev acceleration</source>
        <translation>Чебышёвское ускорение</translation>
    </message>
    <message>
        <source>f = ½xᵀAx with A&apos;s eigenvalues μ = 1 and L = κ.</source>
        <translation>f = ½xᵀAx, собственные числа A: μ = 1 и L = κ.</translation>
    </message>
    <message>
        <source>Nodes N</source>
        <translation>Узлов N</translation>
    </message>
    <message>
        <source>The gradient steps use the sizes 1/λᵢ at the N roots of the Chebyshev polynomial T_N on [μ, L], then start over; after each N steps they reach the Chebyshev polynomial of degree N.</source>
        <translation>Градиентные шаги длины 1/λᵢ в N корнях многочлена Чебышёва T_N на [μ, L], затем сначала; после каждых N шагов они дают многочлен Чебышёва степени N.</translation>
    </message>
    <message>
        <source>Order of the steps</source>
        <translation>Порядок шагов</translation>
    </message>
    <message>
        <source>fractal (stable)</source>
        <translation>фрактальный (устойчивый)</translation>
    </message>
    <message>
        <source>largest first</source>
        <translation>сначала самые длинные</translation>
    </message>
    <message>
        <source>smallest first</source>
        <translation>сначала самые короткие</translation>
    </message>
    <message>
        <source>In exact arithmetic the order does not matter after N steps. In floating point, the largest steps taken together multiply the error along L by about κ each, and rounding errors grow with them; the fractal order mixes large and small steps.</source>
        <translation>В точной арифметике порядок после N шагов не важен. В машинной самые длинные шаги подряд умножают ошибку вдоль L примерно на κ каждый, и ошибки округления растут вместе с ними; фрактальный порядок перемешивает длинные и короткие шаги.</translation>
    </message>
    <message>
        <source>the lower bound</source>
        <translation>нижняя оценка</translation>
    </message>
    <message>
        <source>Heavy ball and Nesterov on a function where momentum tuned for quadratics fails; the iterations each method needs as the condition number grows; gradient descent as steps along the gradient flow; the polynomials behind acceleration; or the function on which no first-order method can be fast.</source>
        <translation>Тяжёлый шарик и метод Нестерова на функции, где импульс, настроенный на квадратичные функции, не работает; число итераций каждого метода с ростом числа обусловленности; градиентный спуск как шаги вдоль градиентного потока; многочлены, на которых держится ускорение; или функция, на которой ни один метод первого порядка не может быть быстрым.</translation>
    </message>
    <message>
        <source>Chebyshev acceleration on κ = 100: the recurrence, the steps 1/λᵢ and their polynomials</source>
        <translation>Чебышёвское ускорение при κ = 100: рекуррентная формула, шаги 1/λᵢ и их многочлены</translation>
    </message>
    <message>
        <source>As in the course&apos;s animation: κ = 100, six steps</source>
        <translation>Как в анимации курса: κ = 100, шесть шагов</translation>
    </message>
    <message>
        <source>64 nodes, the largest steps first: exact in theory, wrecked by rounding</source>
        <translation>64 узла, сначала самые длинные шаги: точно в теории, разрушено округлением</translation>
    </message>
    <message>
        <source>The same 64 nodes in the fractal order: the error of exact arithmetic</source>
        <translation>Те же 64 узла во фрактальном порядке: ошибка как в точной арифметике</translation>
    </message>
    <message>
        <source>Nesterov&apos;s worst function: no first-order method beats the floor; CG runs on it</source>
        <translation>Худшая функция Нестерова: ни один метод первого порядка не опускается ниже пола; CG идёт по нему</translation>
    </message>
    <message>
        <source>Steps k</source>
        <translation>Шагов k</translation>
    </message>
    <message>
        <source>The function is built for this many steps: it has n = 2k + 1 variables, and Nesterov&apos;s bound 3L‖x₀ − x*‖²/(32(k + 1)²) holds at the last step.</source>
        <translation>Функция строится под это число шагов: у неё n = 2k + 1 переменных, и оценка Нестерова 3L‖x₀ − x*‖²/(32(k + 1)²) выполняется на последнем шаге.</translation>
    </message>
    <message>
        <source>Lower bound</source>
        <translation>Нижняя оценка</translation>
    </message>
</context>
<context>
    <name>gradus::AnimationDialog</name>
    <message>
        <source>Export animation</source>
        <translation>Экспорт анимации</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4);;GIF animation (*.gif);;Folder of PNG frames (*)</source>
        <translation>Видео MP4 (*.mp4);;Анимация GIF (*.gif);;Папка с кадрами PNG (*)</translation>
    </message>
    <message>
        <source>Whole figure</source>
        <translation>Весь рисунок</translation>
    </message>
    <message>
        <source>Only &apos;%1&apos;</source>
        <translation>Только «%1»</translation>
    </message>
    <message>
        <source>%1 iterations drawn as %2 pictures, %3 video frames: %4 s</source>
        <translation>Итераций: %1, рисунков: %2, кадров видео: %3 — %4 с</translation>
    </message>
</context>
<context>
    <name>gradus::AnimationExport</name>
    <message>
        <source>frames %1:%2 are not in this run: it has frames 0 to %3</source>
        <translation>кадров %1:%2 в этом прогоне нет: в нём кадры от 0 до %3</translation>
    </message>
    <message>
        <source>frames per second and speed must be positive and the hold time not negative</source>
        <translation>частота кадров и скорость должны быть положительными, а пауза — неотрицательной</translation>
    </message>
</context>
<context>
    <name>gradus::AnimationWriter</name>
    <message>
        <source>an MP4 video needs an even width and height (it stores colour at half resolution): %1×%2 will not do, try %3×%4</source>
        <translation>для видео MP4 ширина и высота должны быть чётными (цвет хранится в половинном разрешении): %1×%2 не подходит, попробуйте %3×%4</translation>
    </message>
    <message>
        <source>cannot write MP4 video here: OpenCV&apos;s FFMPEG backend has neither an H.264 nor an MPEG-4 encoder; export a GIF or PNG frames instead</source>
        <translation>здесь нельзя записать видео MP4: в модуле FFMPEG библиотеки OpenCV нет кодировщика ни H.264, ни MPEG-4; экспортируйте GIF или кадры PNG</translation>
    </message>
    <message>
        <source>cannot write the frames into &apos;%1&apos;: it is not an empty folder</source>
        <translation>не удаётся записать кадры в «%1»: это не пустая папка</translation>
    </message>
    <message>
        <source>cannot export an animation to &apos;%1&apos;: the name must end in .mp4 or .gif, or name a folder (ending in /) for PNG frames</source>
        <translation>нельзя экспортировать анимацию в «%1»: имя должно оканчиваться на .mp4 или .gif либо быть папкой (с / на конце) для кадров PNG</translation>
    </message>
    <message>
        <source>frames per second must be between 1 and 120, not %1</source>
        <translation>частота кадров должна быть от 1 до 120, а не %1</translation>
    </message>
    <message>
        <source>no space left</source>
        <translation>нет места</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>ничего не записано</translation>
    </message>
    <message>
        <source>the video came out incomplete</source>
        <translation>видео записалось не полностью</translation>
    </message>
</context>
<context>
    <name>gradus::CgFigure</name>
    <message>
        <source>Level ellipses of f. Click to start every method there.</source>
        <translation>Линии уровня f — эллипсы. Щёлкните, чтобы все методы стартовали отсюда.</translation>
    </message>
    <message>
        <source>index i</source>
        <translation>номер i</translation>
    </message>
    <message>
        <source>eigenvalue λᵢ</source>
        <translation>собственное значение λᵢ</translation>
    </message>
    <message>
        <source>direction i</source>
        <translation>направление i</translation>
    </message>
    <message>
        <source>direction j</source>
        <translation>направление j</translation>
    </message>
    <message>
        <source>pᵢᵀApⱼ / √(pᵢᵀApᵢ · pⱼᵀApⱼ) for CG&apos;s directions: 0 (white) off the diagonal in exact arithmetic; colour where rounding has spoilt it.</source>
        <translation>pᵢᵀApⱼ / √(pᵢᵀApᵢ · pⱼᵀApⱼ) для направлений CG: в точной арифметике вне диагонали 0 (белый); цвет там, где сопряжённость испорчена округлением.</translation>
    </message>
    <message>
        <source>iteration k</source>
        <translation>итерация k</translation>
    </message>
    <message>
        <source>‖x_k − x*‖_A</source>
        <translation>‖x_k − x*‖_A</translation>
    </message>
    <message>
        <source>%1 (0 drawn at 10⁻¹⁶)</source>
        <translation>%1 (0 нарисован на уровне 10⁻¹⁶)</translation>
    </message>
    <message>
        <source>bound ((κ − 1)/(κ + 1))ᵏ</source>
        <translation>оценка ((κ − 1)/(κ + 1))ᵏ</translation>
    </message>
    <message>
        <source>bound 2((√κ − 1)/(√κ + 1))ᵏ</source>
        <translation>оценка 2((√κ − 1)/(√κ + 1))ᵏ</translation>
    </message>
    <message>
        <source>k = n = %1: exact CG is done</source>
        <translation>k = n = %1: точный CG уже закончил</translation>
    </message>
    <message>
        <source>Error in the A-norm, κ = %1</source>
        <translation>Ошибка в A-норме, κ = %1</translation>
    </message>
    <message>
        <source>minimum x*</source>
        <translation>минимум x*</translation>
    </message>
    <message>
        <source>Steepest descent and constant steps</source>
        <translation>Наискорейший спуск и постоянные шаги</translation>
    </message>
    <message>
        <source>Steepest descent</source>
        <translation>Наискорейший спуск</translation>
    </message>
    <message>
        <source>Conjugate gradients</source>
        <translation>Сопряжённые градиенты</translation>
    </message>
    <message>
        <source>conjugate diameters along p₀, p₁</source>
        <translation>сопряжённые диаметры вдоль p₀, p₁</translation>
    </message>
    <message>
        <source>eigenvalues</source>
        <translation>собственные значения</translation>
    </message>
    <message>
        <source>Spectrum of A: n = %1, κ = %2</source>
        <translation>Спектр A: n = %1, κ = %2</translation>
    </message>
    <message>
        <source>Conjugacy of CG&apos;s directions</source>
        <translation>Сопряжённость направлений CG</translation>
    </message>
    <message>
        <source>no direction taken yet</source>
        <translation>ещё ни одного направления</translation>
    </message>
    <message>
        <source>CG is not among the methods</source>
        <translation>CG не выбран среди методов</translation>
    </message>
    <message>
        <source>Conjugacy of CG&apos;s first %1 directions</source>
        <translation>Сопряжённость первых %1 направлений CG</translation>
    </message>
    <message>
        <source>blue −1, white 0, red +1; largest off the diagonal %1</source>
        <translation>синий −1, белый 0, красный +1; наибольшее вне диагонали %1</translation>
    </message>
    <message>
        <source>blue −1, white 0, red +1</source>
        <translation>синий −1, белый 0, красный +1</translation>
    </message>
    <message>
        <source>%1: at x* after %2 steps</source>
        <translation>%1: в x*, шагов: %2</translation>
    </message>
    <message>
        <source>%1: ‖x − x*‖_A = %2</source>
        <translation>%1: ‖x − x*‖_A = %2</translation>
    </message>
    <message>
        <source>iteration %1 of %2</source>
        <translation>итерация %1 из %2</translation>
    </message>
</context>
<context>
    <name>gradus::CgLesson</name>
    <message>
        <source>Dimension</source>
        <translation>Размерность</translation>
    </message>
    <message>
        <source>2D: every step on the map</source>
        <translation>2D: каждый шаг на карте</translation>
    </message>
    <message>
        <source>nD: a spectrum you choose</source>
        <translation>nD: спектр на выбор</translation>
    </message>
    <message>
        <source>2D draws every step; n dimensions shows what only the errors can: CG&apos;s finite termination, its clusters, and rounding.</source>
        <translation>На плоскости виден каждый шаг; в n измерениях видно то, что показывают только ошибки: конечность CG, кластеры и округление.</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Методы</translation>
    </message>
    <message>
        <source>Gradient descent, heavy ball and Nesterov use their optimal constants from μ and L.</source>
        <translation>Градиентный спуск, тяжёлый шарик и Нестеров берут оптимальные постоянные из μ и L.</translation>
    </message>
    <message>
        <source>Smallest eigenvalue μ</source>
        <translation>Наименьшее собственное значение μ</translation>
    </message>
    <message>
        <source>Two variables</source>
        <translation>Две переменные</translation>
    </message>
    <message>
        <source>Rotation of the axes</source>
        <translation>Поворот осей</translation>
    </message>
    <message>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <source>The ellipses&apos; axes turn by this angle; the methods do not care, the picture does.</source>
        <translation>Оси эллипсов поворачиваются на этот угол; методам всё равно, картинке — нет.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Where every method starts; click on a map to choose.</source>
        <translation>Откуда стартуют все методы; щёлкните по карте, чтобы выбрать.</translation>
    </message>
    <message>
        <source>n variables</source>
        <translation>n переменных</translation>
    </message>
    <message>
        <source>Dimension n</source>
        <translation>Размерность n</translation>
    </message>
    <message>
        <source>Eigenvalues</source>
        <translation>Собственные значения</translation>
    </message>
    <message>
        <source>evenly spaced from μ to L</source>
        <translation>равномерно от μ до L</translation>
    </message>
    <message>
        <source>in clusters from μ to L</source>
        <translation>кластерами от μ до L</translation>
    </message>
    <message>
        <source>a bulk on [μ, 10μ] and a few large outliers</source>
        <translation>основная масса на [μ, 10μ] и несколько больших выбросов</translation>
    </message>
    <message>
        <source>at random between μ and L</source>
        <translation>случайно между μ и L</translation>
    </message>
    <message>
        <source>dense near μ, sparse near L (Strakoš): rounding delays CG</source>
        <translation>густо у μ, редко у L (Стракош): округление задерживает CG</translation>
    </message>
    <message>
        <source>A = diag(λ): turning the basis would change nothing that CG or the other methods do. The start is 0 and x* has equal parts along every eigenvector.</source>
        <translation>A = diag(λ): поворот базиса ничего не изменил бы в работе CG и других методов. Старт в нуле, у x* поровну составляющих вдоль каждого собственного вектора.</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Кластеры</translation>
    </message>
    <message>
        <source>CG needs about one step per cluster, however many eigenvalues there are.</source>
        <translation>CG нужно примерно по шагу на кластер, сколько бы ни было собственных значений.</translation>
    </message>
    <message>
        <source>Cluster width</source>
        <translation>Ширина кластера</translation>
    </message>
    <message>
        <source>Relative spread inside a cluster: 0 makes each cluster one eigenvalue, and CG exact after as many steps as there are clusters.</source>
        <translation>Относительный разброс внутри кластера: при 0 каждый кластер — одно собственное значение, и CG точен через столько шагов, сколько кластеров.</translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation>Выбросы</translation>
    </message>
    <message>
        <source>Spacing ρ</source>
        <translation>Шаг ρ</translation>
    </message>
    <message>
        <source>λᵢ = μ + (i/(n − 1))(L − μ)ρ^(n−1−i): below 1 the eigenvalues crowd near μ and thin out towards L; 1 spaces them evenly.</source>
        <translation>λᵢ = μ + (i/(n − 1))(L − μ)ρ^(n−1−i): при ρ меньше 1 собственные значения сгущаются у μ и редеют к L; при 1 — равномерны.</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Зерно генератора</translation>
    </message>
    <message>
        <source>Restart CG every</source>
        <translation>Перезапуск CG каждые</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Every this many steps CG starts afresh from the residual, forgetting directions whose conjugacy rounding has spoilt (and the progress they carried).</source>
        <translation>Через столько шагов CG начинает заново с невязки, забывая направления, сопряжённость которых испортило округление (и пройденный по ним путь).</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Итерации</translation>
    </message>
    <message>
        <source>κ = 25: steepest descent zig-zags, CG is done in two steps</source>
        <translation>κ = 25: наискорейший спуск идёт зигзагом, CG готов за два шага</translation>
    </message>
    <message>
        <source>Four clusters of eigenvalues: CG exact in four steps</source>
        <translation>Четыре кластера собственных значений: CG точен за четыре шага</translation>
    </message>
    <message>
        <source>Four blurred clusters: CG needs a few steps per cluster</source>
        <translation>Четыре размытых кластера: CG нужно по нескольку шагов на кластер</translation>
    </message>
    <message>
        <source>Three outliers: CG removes them first, then goes at the bulk&apos;s rate</source>
        <translation>Три выброса: CG сначала убирает их, потом идёт со скоростью основной массы</translation>
    </message>
    <message>
        <source>Strakoš&apos;s spectrum: rounding spoils conjugacy, CG needs far more than n steps</source>
        <translation>Спектр Стракоша: округление портит сопряжённость, CG нужно намного больше n шагов</translation>
    </message>
    <message>
        <source>As in the course: n = 60, μ = 10⁻³, L = 100, eigenvalues at random</source>
        <translation>Как в курсе: n = 60, μ = 10⁻³, L = 100, собственные значения случайны</translation>
    </message>
    <message>
        <source>As in the course: μ = 1, L = 5, 10°, from (4, 4)</source>
        <translation>Как в курсе: μ = 1, L = 5, 10°, из (4, 4)</translation>
    </message>
    <message>
        <source>Conjugate gradients vs steepest descent</source>
        <translation>Сопряжённые градиенты и наискорейший спуск</translation>
    </message>
    <message>
        <source>Optimization methods</source>
        <translation>Методы оптимизации</translation>
    </message>
    <message>
        <source>On a quadratic, steepest descent zig-zags while CG finishes in n steps along conjugate directions; the errors against their bounds, clusters of eigenvalues, and rounding.</source>
        <translation>На квадратичной функции наискорейший спуск идёт зигзагом, а CG заканчивает за n шагов по сопряжённым направлениям; ошибки и их оценки, кластеры собственных значений и округление.</translation>
    </message>
    <message>
        <source>No method is chosen: tick at least one under Methods.</source>
        <translation>Не выбран ни один метод: отметьте хотя бы один в разделе «Методы».</translation>
    </message>
    <message>
        <source>The largest eigenvalue is L = κμ.</source>
        <translation>Наибольшее собственное значение L = κμ.</translation>
    </message>
    <message>
        <source>Condition number κ = L/μ</source>
        <translation>Число обусловленности κ = L/μ</translation>
    </message>
    <message>
        <source>The ratio of the largest eigenvalue to the smallest, which the bounds and the constant-step methods follow.</source>
        <translation>Отношение наибольшего собственного значения к наименьшему; от него зависят оценки и методы с постоянным шагом.</translation>
    </message>
</context>
<context>
    <name>gradus::ChartPanel</name>
    <message>
        <source>a tick label</source>
        <translation>подпись деления</translation>
    </message>
</context>
<context>
    <name>gradus::Cli</name>
    <message>
        <source>%1 needs a number from %2 to %3, not &apos;%4&apos;</source>
        <translation>%1: нужно число от %2 до %3, а не «%4»</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>параметру %1 нужно значение</translation>
    </message>
    <message>
        <source>--frame needs a frame number (0 = the start, -1 = the last), not &apos;%1&apos;</source>
        <translation>--frame: нужен номер кадра (0 — начало, -1 — последний), а не «%1»</translation>
    </message>
    <message>
        <source>--size needs WIDTHxHEIGHT in pixels, e.g. 1920x1080, not &apos;%1&apos;</source>
        <translation>--size: нужно ШИРИНАxВЫСОТА в пикселях, например 1920x1080, а не «%1»</translation>
    </message>
    <message>
        <source>--frames needs FIRST:LAST, e.g. 0:40, 10: or :-1 (the last), not &apos;%1&apos;</source>
        <translation>--frames: нужно ПЕРВЫЙ:ПОСЛЕДНИЙ, например 0:40, 10: или :-1 (последний), а не «%1»</translation>
    </message>
    <message>
        <source>--theme must be light, dark or high-contrast, not &apos;%1&apos;</source>
        <translation>--theme: light, dark или high-contrast, а не «%1»</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (see gradus --help)</source>
        <translation>неизвестный параметр «%1» (см. gradus --help)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (see gradus --help)</source>
        <translation>лишний аргумент «%1» (см. gradus --help)</translation>
    </message>
    <message>
        <source>--preset and --session both set every parameter; give one of them</source>
        <translation>--preset и --session оба задают все параметры; укажите что-то одно</translation>
    </message>
    <message>
        <source>the session is for lesson &apos;%1&apos;, not &apos;%2&apos;</source>
        <translation>сеанс относится к уроку «%1», а не «%2»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a lesson id (see gradus list)</source>
        <translation>«%1»: нужен идентификатор урока (см. gradus list)</translation>
    </message>
    <message>
        <source>%1=%2 is more than this run has: at most %3</source>
        <translation>%1=%2 — больше, чем есть в этом прогоне: не более %3</translation>
    </message>
    <message>
        <source>frame %1 does not exist: this run has %2 frame(s), 0 to %3</source>
        <translation>кадра %1 нет: в этом прогоне кадров %2, от 0 до %3</translation>
    </message>
    <message>
        <source>lesson &apos;%1&apos; draws in 3D with OpenGL here, which needs a display; run it on a desktop or under xvfb-run (e.g. xvfb-run -a gradus render …)</source>
        <translation>урок «%1» рисует здесь в 3D через OpenGL, которому нужен дисплей; запустите его на рабочем столе или под xvfb-run (например, xvfb-run -a gradus render …)</translation>
    </message>
    <message>
        <source>Presets (--preset ID):</source>
        <translation>Готовые примеры (--preset ID):</translation>
    </message>
    <message>
        <source>render needs an output file: -o FILE.png, .svg or .pdf</source>
        <translation>render: нужен выходной файл: -o ФАЙЛ.png, .svg или .pdf</translation>
    </message>
    <message>
        <source>gradus: drawing picture %1 of %2</source>
        <translation>gradus: рисуется картинка %1 из %2</translation>
    </message>
    <message>
        <source>%1: %2 frames at %3 fps (%4 s), %5 pictures, %6</source>
        <translation>%1: кадров — %2 при %3 кадр/с (%4 с), картинок — %5, %6</translation>
    </message>
    <message>
        <source>animate needs an output: -o FILE.mp4, FILE.gif or FOLDER/ for PNG frames</source>
        <translation>animate: нужен выход: -o ФАЙЛ.mp4, ФАЙЛ.gif или ПАПКА/ для кадров PNG</translation>
    </message>
    <message>
        <source>gallery needs a folder: -o FOLDER</source>
        <translation>gallery: нужна папка: -o ПАПКА</translation>
    </message>
    <message>
        <source>gallery renders every lesson; it takes no lesson id</source>
        <translation>gallery рисует все уроки; идентификатор урока не нужен</translation>
    </message>
    <message>
        <source>cannot create the folder &apos;%1&apos;</source>
        <translation>не удаётся создать папку «%1»</translation>
    </message>
    <message>
        <source>en</source>
        <translation>ru</translation>
    </message>
    <message>
        <source>Gradus gallery</source>
        <translation>Галерея Gradus</translation>
    </message>
    <message>
        <source>Every lesson with its default parameters, Gradus %1.</source>
        <translation>Все уроки с параметрами по умолчанию, Gradus %1.</translation>
    </message>
    <message>
        <source>no lesson could be rendered</source>
        <translation>не удалось нарисовать ни одного урока</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (commands: list, params, render, animate, data, gallery; see gradus --help)</source>
        <translation>неизвестная команда «%1» (команды: list, params, render, animate, data, gallery; см. gradus --help)</translation>
    </message>
    <message>
        <source>Usage:
  gradus                               open the workbench
  gradus [--session] FILE.gradus       open a saved session (or a .gradus-playlist)
  gradus list [--json]                 the lessons: id, title, summary
  gradus params LESSON [--json]        a lesson&apos;s parameters, defaults and ranges
  gradus render LESSON [--preset ID | --session FILE] [-s NAME=VALUE]... [--frame N]
                [--size WxH] [--view NAME] -o FILE.{png,svg,pdf}
  gradus render LESSON ... --picture NAME -o FILE.{png,jpg,…}   a picture at its own resolution
  gradus animate LESSON [--preset ID | --session FILE] [-s NAME=VALUE]... [--frames A:B] [--fps N]
                [--speed IT_PER_S] [--hold SECONDS] [--size WxH] [--view NAME] [--no-dither]
                -o FILE.{mp4,gif} | -o FOLDER/ (numbered PNG frames)
  gradus data LESSON [--preset ID | --session FILE] [-s NAME=VALUE]... [--frame N] [-o FILE.json]
  gradus gallery -o FOLDER [--size WxH] [--animations[=mp4|gif]]   every lesson&apos;s figure + index.html
  gradus --version | --help
render, animate and gallery also take --theme light|dark|high-contrast and --font-scale X
(figure text size, 0.5 to 3).

--frame N picks an iteration (default: the last, or what the lesson&apos;s frame parameter names,
e.g. -s rank=50); --size is in pixels (default 1920x1080). --picture saves a lesson&apos;s own
picture, e.g. svd-image&apos;s &apos;compressed&apos; rank-r image.
animate plays the run at --speed iterations per second (default: the whole run in about 8 s)
into a video of --fps frames per second (default 30), holds the last frame --hold seconds
(default 1); --frames limits it to iterations A to B; --size defaults to 1280x720 there.
Exit codes: 0 success, 1 internal error, 2 usage error, 3 input/output file error.
</source>
        <translation>Использование:
  gradus                               открыть рабочее окно
  gradus [--session] ФАЙЛ.gradus       открыть сохранённый сеанс (или .gradus-playlist)
  gradus list [--json]                 уроки: идентификатор, название, описание
  gradus params УРОК [--json]          параметры урока, значения по умолчанию и диапазоны
  gradus render УРОК [--preset ID | --session ФАЙЛ] [-s ИМЯ=ЗНАЧЕНИЕ]... [--frame N]
                [--size ШxВ] [--view ВИД] -o ФАЙЛ.{png,svg,pdf}
  gradus render УРОК ... --picture ИМЯ -o ФАЙЛ.{png,jpg,…}   изображение в собственном разрешении
  gradus animate УРОК [--preset ID | --session ФАЙЛ] [-s ИМЯ=ЗНАЧЕНИЕ]... [--frames A:B] [--fps N]
                [--speed ИТ_В_С] [--hold СЕКУНДЫ] [--size ШxВ] [--view ВИД] [--no-dither]
                -o ФАЙЛ.{mp4,gif} | -o ПАПКА/ (пронумерованные кадры PNG)
  gradus data УРОК [--preset ID | --session ФАЙЛ] [-s ИМЯ=ЗНАЧЕНИЕ]... [--frame N] [-o ФАЙЛ.json]
  gradus gallery -o ПАПКА [--size ШxВ] [--animations[=mp4|gif]]   рисунки всех уроков + index.html
  gradus --version | --help
render, animate и gallery принимают также --theme light|dark|high-contrast и --font-scale X
(размер текста рисунков, от 0.5 до 3).

--frame N выбирает итерацию (по умолчанию последнюю или ту, что задаёт параметр кадра урока,
например -s rank=50); --size в пикселях (по умолчанию 1920x1080). --picture сохраняет собственное
изображение урока, например сжатое изображение ранга r у svd-image (&apos;compressed&apos;).
animate проигрывает прогон со скоростью --speed итераций в секунду (по умолчанию весь прогон
примерно за 8 с) в видео с частотой --fps кадров в секунду (по умолчанию 30), задерживает последний
кадр на --hold секунд (по умолчанию 1); --frames ограничивает итерациями от A до B; --size там
по умолчанию 1280x720.
Коды выхода: 0 успех, 1 внутренняя ошибка, 2 ошибка использования, 3 ошибка файла ввода/вывода.
</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>примечание: %1</translation>
    </message>
</context>
<context>
    <name>gradus::CsvTable</name>
    <message>
        <source>&apos;%1&apos; is not a text file</source>
        <translation>«%1» — не текстовый файл</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: &apos;%4&apos; is not a finite number</source>
        <translation>%1, строка %2, столбец %3: «%4» — не конечное число</translation>
    </message>
    <message>
        <source>%1, line %2: expected at least %3 columns, found %4</source>
        <translation>%1, строка %2: ожидалось не меньше %3 столбцов, найдено %4</translation>
    </message>
    <message>
        <source>%1, line %2: expected %3 columns like the first line, found %4</source>
        <translation>%1, строка %2: ожидалось %3 столбцов, как в первой строке, найдено %4</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: &apos;%4&apos; is not a number</source>
        <translation>%1, строка %2, столбец %3: «%4» — не число</translation>
    </message>
    <message>
        <source>%1 has more than %2 rows</source>
        <translation>в %1 больше %2 строк</translation>
    </message>
    <message>
        <source>%1 contains no rows of numbers</source>
        <translation>в %1 нет строк с числами</translation>
    </message>
    <message>
        <source>file &apos;%1&apos; does not exist</source>
        <translation>файла «%1» не существует</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a file</source>
        <translation>«%1» — папка, а не файл</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large (%2 MB; the limit is %3 MB)</source>
        <translation>«%1» слишком велик (%2 МБ; предел — %3 МБ)</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>не удаётся прочитать «%1»: %2</translation>
    </message>
</context>
<context>
    <name>gradus::DoubleDescentFigure</name>
    <message>
        <source>D + 1 = n_train</source>
        <translation>D + 1 = n_train</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>Среднеквадратичная ошибка</translation>
    </message>
    <message>
        <source>degree D</source>
        <translation>степень D</translation>
    </message>
    <message>
        <source>Coefficient norm ‖β‖</source>
        <translation>Норма коэффициентов ‖β‖</translation>
    </message>
    <message>
        <source>training points</source>
        <translation>обучающие точки</translation>
    </message>
    <message>
        <source>true function</source>
        <translation>истинная функция</translation>
    </message>
    <message>
        <source>fit</source>
        <translation>приближение</translation>
    </message>
    <message>
        <source>train</source>
        <translation>обучение</translation>
    </message>
    <message>
        <source>test</source>
        <translation>тест</translation>
    </message>
    <message>
        <source>MSE (peak %1, drawn up to %2)</source>
        <translation>СКО (пик %1, нарисовано до %2)</translation>
    </message>
    <message>
        <source>‖β‖</source>
        <translation>‖β‖</translation>
    </message>
    <message>
        <source>fit, degree %1</source>
        <translation>приближение, степень %1</translation>
    </message>
    <message>
        <source>D = %1: train MSE %2, test %3</source>
        <translation>D = %1: СКО на обучении %2, на тесте %3</translation>
    </message>
</context>
<context>
    <name>gradus::DoubleDescentLesson</name>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Приближение</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Функция</translation>
    </message>
    <message>
        <source>step at 0</source>
        <translation>ступенька в 0</translation>
    </message>
    <message>
        <source>Your formula f(x)</source>
        <translation>Ваша формула f(x)</translation>
    </message>
    <message>
        <source>The function the points are sampled from, on [−1, 1]. The seed uses sin(4.5x).</source>
        <translation>Функция, из которой берутся точки, на [−1, 1]. В исходном примере — sin(4.5x).</translation>
    </message>
    <message>
        <source>f(x) =</source>
        <translation>f(x) =</translation>
    </message>
    <message>
        <source>Any formula in x, e.g. exp(-x^2)*cos(6*x).</source>
        <translation>Любая формула от x, например exp(-x^2)*cos(6*x).</translation>
    </message>
    <message>
        <source>Your points (CSV)</source>
        <translation>Ваши точки (CSV)</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt)</source>
        <translation>Таблицы (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Two columns x, y. They become the training points (x mapped onto [−1, 1]); there is no test set then.</source>
        <translation>Два столбца x, y. Они становятся обучающими точками (x отображается на [−1, 1]); тестовой выборки тогда нет.</translation>
    </message>
    <message>
        <source>Training points</source>
        <translation>Обучающие точки</translation>
    </message>
    <message>
        <source>The interpolation threshold is at degree n_train − 1.</source>
        <translation>Порог интерполяции — при степени n_train − 1.</translation>
    </message>
    <message>
        <source>Test points</source>
        <translation>Тестовые точки</translation>
    </message>
    <message>
        <source>Noiseless test points on an even grid.</source>
        <translation>Тестовые точки без шума на равномерной сетке.</translation>
    </message>
    <message>
        <source>Noise σ</source>
        <translation>Шум σ</translation>
    </message>
    <message>
        <source>Gaussian noise on the training points (numpy&apos;s generator, so the seed&apos;s data are reproduced exactly).</source>
        <translation>Гауссов шум на обучающих точках (генератор numpy, поэтому данные исходного примера воспроизводятся в точности).</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Зерно генератора</translation>
    </message>
    <message>
        <source>Training x</source>
        <translation>Обучающие x</translation>
    </message>
    <message>
        <source>Even grid (linspace)</source>
        <translation>Равномерная сетка (linspace)</translation>
    </message>
    <message>
        <source>Uniform random</source>
        <translation>Равномерно случайные</translation>
    </message>
    <message>
        <source>Largest degree</source>
        <translation>Наибольшая степень</translation>
    </message>
    <message>
        <source>The curve is computed for every degree from 0 to this.</source>
        <translation>Кривая считается для каждой степени от 0 до этой.</translation>
    </message>
    <message>
        <source>Degree D</source>
        <translation>Степень D</translation>
    </message>
    <message>
        <source>The fit shown on the left. The same as the player&apos;s slider.</source>
        <translation>Приближение, показанное слева. То же, что ползунок проигрывателя.</translation>
    </message>
    <message>
        <source>Ridge λ</source>
        <translation>Гребневая λ</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Adds λ‖β‖² to the loss: the peak at the threshold disappears.</source>
        <translation>Добавляет λ‖β‖² к потерям: пик на пороге исчезает.</translation>
    </message>
    <message>
        <source>Double descent of polynomial regression</source>
        <translation>Двойной спуск полиномиальной регрессии</translation>
    </message>
    <message>
        <source>Machine learning</source>
        <translation>Машинное обучение</translation>
    </message>
    <message>
        <source>Minimum-norm Chebyshev regression: the test error peaks where the model starts to interpolate, then falls again.</source>
        <translation>Регрессия по Чебышёву с минимальной нормой: ошибка на тесте достигает пика там, где модель начинает интерполировать, и снова падает.</translation>
    </message>
    <message>
        <source>At the threshold: D + 1 = 50</source>
        <translation>На пороге: D + 1 = 50</translation>
    </message>
    <message>
        <source>Ridge λ = 0.001 flattens the peak</source>
        <translation>Гребневая λ = 0.001 сглаживает пик</translation>
    </message>
    <message>
        <source>Runge&apos;s function</source>
        <translation>Функция Рунге</translation>
    </message>
    <message>
        <source>No noise: a milder peak</source>
        <translation>Без шума: пик мягче</translation>
    </message>
    <message>
        <source>the formula does not parse at character %1: %2</source>
        <translation>формула не разбирается на символе %1: %2</translation>
    </message>
    <message>
        <source>the function is not finite everywhere on [−1, 1] (e.g. a division by zero): pick another</source>
        <translation>функция не везде конечна на [−1, 1] (например, деление на ноль): выберите другую</translation>
    </message>
    <message>
        <source>As in the original post: degrees 0 to 100</source>
        <translation>Как в исходном посте: степени от 0 до 100</translation>
    </message>
</context>
<context>
    <name>gradus::DoubleDescentResult</name>
    <message>
        <source>degree %1 of %2</source>
        <translation>степень %1 из %2</translation>
    </message>
</context>
<context>
    <name>gradus::EigenimagesFigure</name>
    <message>
        <source>Explained variance, %</source>
        <translation>Объяснённая дисперсия, %</translation>
    </message>
    <message>
        <source>component</source>
        <translation>компонента</translation>
    </message>
    <message>
        <source>Pictures on PC1 and PC2</source>
        <translation>Картинки на PC1 и PC2</translation>
    </message>
    <message>
        <source>Hover over a point to see its picture; click it to rebuild that picture.</source>
        <translation>Наведите на точку, чтобы увидеть её картинку; щёлкните, чтобы восстановить эту картинку.</translation>
    </message>
    <message>
        <source>PC1</source>
        <translation>PC1</translation>
    </message>
    <message>
        <source>PC2</source>
        <translation>PC2</translation>
    </message>
    <message>
        <source>Mean picture</source>
        <translation>Средняя картинка</translation>
    </message>
    <message>
        <source>%1 pictures, %2×%3</source>
        <translation>картинок: %1, %2×%3</translation>
    </message>
    <message>
        <source>Component 1</source>
        <translation>Компонента 1</translation>
    </message>
    <message>
        <source>Components 1–%1</source>
        <translation>Компоненты 1–%1</translation>
    </message>
    <message>
        <source>red +, blue −, white 0</source>
        <translation>красный +, синий −, белый 0</translation>
    </message>
    <message>
        <source>each</source>
        <translation>каждая</translation>
    </message>
    <message>
        <source>cumulative</source>
        <translation>накопленная</translation>
    </message>
    <message>
        <source>pictures</source>
        <translation>картинки</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>№%1 · %2</translation>
    </message>
    <message>
        <source>Picture #%1</source>
        <translation>Картинка №%1</translation>
    </message>
    <message>
        <source>Mean alone</source>
        <translation>Одно среднее</translation>
    </message>
    <message>
        <source>Mean + %1 PCs</source>
        <translation>Среднее + %1 ГК</translation>
    </message>
    <message>
        <source>relative error %1</source>
        <translation>относительная ошибка %1</translation>
    </message>
    <message>
        <source>Pictures #%1–%2</source>
        <translation>Картинки №%1–%2</translation>
    </message>
    <message>
        <source>errors %1</source>
        <translation>ошибки %1</translation>
    </message>
</context>
<context>
    <name>gradus::EigenimagesLesson</name>
    <message>
        <source>T-shirt/top</source>
        <translation>Футболка/топ</translation>
    </message>
    <message>
        <source>Trouser</source>
        <translation>Брюки</translation>
    </message>
    <message>
        <source>Pullover</source>
        <translation>Пуловер</translation>
    </message>
    <message>
        <source>Dress</source>
        <translation>Платье</translation>
    </message>
    <message>
        <source>Coat</source>
        <translation>Пальто</translation>
    </message>
    <message>
        <source>Sandal</source>
        <translation>Сандалия</translation>
    </message>
    <message>
        <source>Shirt</source>
        <translation>Рубашка</translation>
    </message>
    <message>
        <source>Sneaker</source>
        <translation>Кроссовок</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation>Сумка</translation>
    </message>
    <message>
        <source>Ankle boot</source>
        <translation>Ботинок</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Картинки</translation>
    </message>
    <message>
        <source>PCA</source>
        <translation>PCA</translation>
    </message>
    <message>
        <source>Fashion-MNIST, 2,000 (bundled)</source>
        <translation>Fashion-MNIST, 2000 (встроенные)</translation>
    </message>
    <message>
        <source>Fashion-MNIST, 60,000 (package)</source>
        <translation>Fashion-MNIST, 60 000 (пакет)</translation>
    </message>
    <message>
        <source>A folder of your pictures</source>
        <translation>Папка ваших картинок</translation>
    </message>
    <message>
        <source>The bundled subset is the first 2,000 test images of Fashion-MNIST. The full training set (60,000) needs Debian&apos;s dataset-fashion-mnist package. Or any folder of pictures.</source>
        <translation>Встроенная выборка — первые 2000 тестовых изображений Fashion-MNIST. Для полной обучающей выборки (60 000) нужен пакет Debian dataset-fashion-mnist. Или любая папка с картинками.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>A folder of pictures (PNG, JPEG, …): each is cropped to a centred square and scaled to the common size.</source>
        <translation>Папка с картинками (PNG, JPEG, …): каждая обрезается до квадрата по центру и приводится к общему размеру.</translation>
    </message>
    <message>
        <source>Picture size</source>
        <translation>Размер картинки</translation>
    </message>
    <message>
        <source>px</source>
        <translation>пикс.</translation>
    </message>
    <message>
        <source>Pictures from a folder are scaled to size × size (the eigencats used 64 × 64).</source>
        <translation>Картинки из папки приводятся к размеру size × size (для «собственных котов» брали 64 × 64).</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>Keep R, G and B (three times the features) instead of the grey luma.</source>
        <translation>Оставить R, G и B (втрое больше признаков) вместо серой яркости.</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Классы</translation>
    </message>
    <message>
        <source>Which Fashion-MNIST classes take part: one class alone gives its own &apos;eigen-shoes&apos;.</source>
        <translation>Какие классы Fashion-MNIST участвуют: один класс даёт свои «собственные ботинки».</translation>
    </message>
    <message>
        <source>Components K</source>
        <translation>Компоненты K</translation>
    </message>
    <message>
        <source>Rebuild from k</source>
        <translation>Восстановить из k</translation>
    </message>
    <message>
        <source>The chosen picture rebuilt as the mean plus its first k components. The same as the player&apos;s slider.</source>
        <translation>Выбранная картинка, восстановленная как среднее плюс первые k компонент. То же, что ползунок проигрывателя.</translation>
    </message>
    <message>
        <source>Picture #</source>
        <translation>Картинка №</translation>
    </message>
    <message>
        <source>Which picture to rebuild (its number in the set). Click a point on the PC1/PC2 map to choose one.</source>
        <translation>Какую картинку восстанавливать (её номер в наборе). Щёлкните по точке на карте PC1/PC2, чтобы выбрать.</translation>
    </message>
    <message>
        <source>Components shown</source>
        <translation>Показать компонент</translation>
    </message>
    <message>
        <source>How many principal components to show as pictures.</source>
        <translation>Сколько главных компонент показать картинками.</translation>
    </message>
    <message>
        <source>Eigen-images: PCA of pictures</source>
        <translation>Собственные изображения: PCA картинок</translation>
    </message>
    <message>
        <source>Linear algebra</source>
        <translation>Линейная алгебра</translation>
    </message>
    <message>
        <source>The mean picture, the principal components as pictures, explained variance, and a picture rebuilt from k components.</source>
        <translation>Средняя картинка, главные компоненты как картинки, объяснённая дисперсия и картинка, собранная из k компонент.</translation>
    </message>
    <message>
        <source>One class: eigen-sneakers</source>
        <translation>Один класс: собственные кроссовки</translation>
    </message>
    <message>
        <source>Rebuilt from 3 components</source>
        <translation>Восстановлено из 3 компонент</translation>
    </message>
    <message>
        <source>Rebuilt from 50 components</source>
        <translation>Восстановлено из 50 компонент</translation>
    </message>
    <message>
        <source>%1 file(s) skipped: %2</source>
        <translation>пропущено файлов: %1: %2</translation>
    </message>
    <message>
        <source>Fashion-MNIST training set (60,000)</source>
        <translation>Обучающая выборка Fashion-MNIST (60 000)</translation>
    </message>
    <message>
        <source>Fashion-MNIST subset (2,000 test images)</source>
        <translation>Выборка Fashion-MNIST (2000 тестовых изображений)</translation>
    </message>
    <message>
        <source>pick at least one class</source>
        <translation>выберите хотя бы один класс</translation>
    </message>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <source>How many principal components to compute; the rebuild slider goes up to K. &apos;all&apos;: as many as the set has (its rank, at most the number of pixels), so that the last rebuild is exact.</source>
        <translation>Сколько главных компонент вычислять; ползунок восстановления доходит до K. «все»: столько, сколько есть у набора (его ранг, не больше числа пикселей), так что последнее восстановление точное.</translation>
    </message>
    <message>
        <source>Pictures rebuilt</source>
        <translation>Восстанавливаемых картинок</translation>
    </message>
    <message>
        <source>Rebuild this many pictures side by side: picture # and the ones after it (the course notebook shows four).</source>
        <translation>Восстановить столько картинок рядом: картинку № и следующие за ней (в ноутбуке курса — четыре).</translation>
    </message>
    <message>
        <source>As in the original post: 16 eigen-pictures, four pictures rebuilt from 5</source>
        <translation>Как в исходном посте: 16 собственных картинок, четыре картинки из 5 компонент</translation>
    </message>
    <message>
        <source>All components: the last rebuild is exact</source>
        <translation>Все компоненты: последнее восстановление точное</translation>
    </message>
</context>
<context>
    <name>gradus::EigenimagesResult</name>
    <message>
        <source>k = %1 of %2</source>
        <translation>k = %1 из %2</translation>
    </message>
</context>
<context>
    <name>gradus::ExportDialog</name>
    <message>
        <source>1920 × 1080 (Full HD slide)</source>
        <translation>1920 × 1080 (слайд Full HD)</translation>
    </message>
    <message>
        <source>1280 × 720 (HD slide)</source>
        <translation>1280 × 720 (слайд HD)</translation>
    </message>
    <message>
        <source>1024 × 768 (4:3 projector)</source>
        <translation>1024 × 768 (проектор 4:3)</translation>
    </message>
    <message>
        <source>1080 × 1080 (square)</source>
        <translation>1080 × 1080 (квадрат)</translation>
    </message>
    <message>
        <source>As on screen (%1 × %2)</source>
        <translation>Как на экране (%1 × %2)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Свой размер</translation>
    </message>
    <message>
        <source>Pixel size of a PNG, video or GIF; for SVG and PDF the proportions and the size of the text relative to the page</source>
        <translation>Размер PNG, видео или GIF в пикселях; для SVG и PDF — пропорции и размер текста относительно страницы</translation>
    </message>
    <message>
        <source>Export figure</source>
        <translation>Экспорт рисунка</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)</source>
        <translation>Изображение PNG (*.png);;Векторное изображение SVG (*.svg);;Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Whole figure</source>
        <translation>Весь рисунок</translation>
    </message>
    <message>
        <source>Only &apos;%1&apos;</source>
        <translation>Только «%1»</translation>
    </message>
    <message>
        <source>The file name must end in .png, .svg or .pdf.</source>
        <translation>Имя файла должно оканчиваться на .png, .svg или .pdf.</translation>
    </message>
</context>
<context>
    <name>gradus::FashionMnist</name>
    <message>
        <source>the full Fashion-MNIST is not installed: install Debian&apos;s dataset-fashion-mnist (sudo apt install dataset-fashion-mnist) or use the bundled subset (data=subset)</source>
        <translation>полный Fashion-MNIST не установлен: установите пакет Debian dataset-fashion-mnist (sudo apt install dataset-fashion-mnist) или используйте встроенную выборку (data=subset)</translation>
    </message>
</context>
<context>
    <name>gradus::FashionTraining</name>
    <message>
        <source>The full Fashion-MNIST is not installed (sudo apt install dataset-fashion-mnist): the bundled 2,000 images stand in, %L1 for training and %L2 for testing.</source>
        <translation>Полный Fashion-MNIST не установлен (sudo apt install dataset-fashion-mnist): вместо него встроенные 2000 изображений, %L1 для обучения и %L2 для теста.</translation>
    </message>
    <message>
        <source>The bundled subset holds 2,000 images: %L1 for training and %L2 for testing.</source>
        <translation>Во встроенной выборке 2000 изображений: %L1 для обучения и %L2 для теста.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Изображения</translation>
    </message>
    <message>
        <source>Fashion-MNIST, 2,000 (bundled)</source>
        <translation>Fashion-MNIST, 2000 (встроенные)</translation>
    </message>
    <message>
        <source>Fashion-MNIST, 70,000 (package)</source>
        <translation>Fashion-MNIST, 70 000 (пакет)</translation>
    </message>
    <message>
        <source>Fashion-MNIST: 70,000 if installed, else 2,000</source>
        <translation>Fashion-MNIST: 70 000, если установлен, иначе 2000</translation>
    </message>
    <message>
        <source>The bundled subset (2,000 test images, split into training and test) or Debian&apos;s dataset-fashion-mnist (60,000 training and 10,000 test images); the third choice takes the package when it is installed and says so on the figure when it is not.</source>
        <translation>Встроенная выборка (2000 тестовых изображений, разделённых на обучающие и тестовые) или пакет Debian dataset-fashion-mnist (60 000 обучающих и 10 000 тестовых); третий вариант берёт пакет, если он установлен, а если нет — сообщает об этом на рисунке.</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>Обучающих изображений</translation>
    </message>
    <message>
        <source>With the bundled subset, training and test images together are at most 2,000: larger numbers are reduced (a note beside the status says to what).</source>
        <translation>Со встроенной выборкой обучающих и тестовых изображений вместе не больше 2000: большие числа уменьшаются (примечание рядом со строкой состояния сообщает, до скольких).</translation>
    </message>
    <message>
        <source>Test images</source>
        <translation>Тестовых изображений</translation>
    </message>
</context>
<context>
    <name>gradus::FieldView</name>
    <message>
        <source>Drag to pan, scroll to zoom, double-click to reset the view.</source>
        <translation>Перетаскивание — сдвиг, колесо — масштаб, двойной щелчок — исходный вид.</translation>
    </message>
    <message>
        <source>The function is undefined (NaN or ±∞) everywhere in this view.
Check the formula, or move the view.</source>
        <translation>Функция не определена (NaN или ±∞) во всей этой области.
Проверьте формулу или сдвиньте область.</translation>
    </message>
</context>
<context>
    <name>gradus::GifEncoder</name>
    <message>
        <source>cannot write &apos;%1&apos;: the picture could not be reduced to 256 colours</source>
        <translation>не удаётся записать «%1»: изображение не удалось свести к 256 цветам</translation>
    </message>
</context>
<context>
    <name>gradus::HelpDialog</name>
    <message>
        <source>Gradus help</source>
        <translation>Справка Gradus</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Клавиатура</translation>
    </message>
    <message>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <source>Data credits</source>
        <translation>Источники данных</translation>
    </message>
</context>
<context>
    <name>gradus::IdxFile</name>
    <message>
        <source>%1: cannot start decompressing</source>
        <translation>%1: не удаётся начать распаковку</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 MB: not a dataset Gradus reads</source>
        <translation>%1 распаковывается больше чем в %2 МБ: такие наборы данных Gradus не читает</translation>
    </message>
    <message>
        <source>%1 ends before its compressed data does (the file is truncated)</source>
        <translation>%1 кончается раньше своих сжатых данных (файл обрезан)</translation>
    </message>
    <message>
        <source>%1 is not valid gzip data (%2)</source>
        <translation>%1 — не корректные данные gzip (%2)</translation>
    </message>
    <message>
        <source>%1 is not an IDX file (it should start with two zero bytes)</source>
        <translation>%1 — не файл IDX (он должен начинаться с двух нулевых байтов)</translation>
    </message>
    <message>
        <source>%1 holds IDX type 0x%2; Gradus reads unsigned bytes (0x08), as in MNIST</source>
        <translation>в %1 тип IDX 0x%2; Gradus читает байты без знака (0x08), как в MNIST</translation>
    </message>
    <message>
        <source>%1 claims %2 dimensions; image datasets have 1 to 4</source>
        <translation>%1 заявляет %2 измерений; у наборов изображений их от 1 до 4</translation>
    </message>
    <message>
        <source>%1 ends inside its header (the file is truncated)</source>
        <translation>%1 кончается внутри заголовка (файл обрезан)</translation>
    </message>
    <message>
        <source>%1: dimension %2 is %3, which is not a dataset size</source>
        <translation>%1: измерение %2 равно %3 — это не размер набора данных</translation>
    </message>
    <message>
        <source>%1 claims more than %2 MB of data</source>
        <translation>%1 заявляет больше %2 МБ данных</translation>
    </message>
    <message>
        <source>%1 holds %2 bytes of data where its header promises %3 (the file is truncated)</source>
        <translation>в %1 %2 байт данных, а заголовок обещает %3 (файл обрезан)</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 не существует</translation>
    </message>
    <message>
        <source>%1 is bigger than %2 MB</source>
        <translation>%1 больше %2 МБ</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 should hold images (3 dimensions: count, rows, columns), not %2 dimension(s)</source>
        <translation>в %1 должны быть изображения (3 измерения: число, строки, столбцы), а не измерений: %2</translation>
    </message>
    <message>
        <source>%1 should hold labels (1 dimension)</source>
        <translation>в %1 должны быть метки (1 измерение)</translation>
    </message>
    <message>
        <source>%1 has %2 images but %3 has %4 labels</source>
        <translation>в %1 %2 изображений, а в %3 %4 меток</translation>
    </message>
</context>
<context>
    <name>gradus::ImageFile</name>
    <message>
        <source>no picture chosen: open a file, drop one on the window or pick a sample</source>
        <translation>изображение не выбрано: откройте файл, перетащите его на окно или выберите образец</translation>
    </message>
    <message>
        <source>%1 does not exist (samples: %2)</source>
        <translation>%1 не существует (образцы: %2)</translation>
    </message>
    <message>
        <source>%1 is a folder, not a picture</source>
        <translation>%1 — папка, а не изображение</translation>
    </message>
    <message>
        <source>%1 is %2 MB: too big for a picture Gradus can decompose (at most 1024 MB)</source>
        <translation>%1 занимает %2 МБ: слишком много для изображения, которое Gradus может разложить (не более 1024 МБ)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>не удаётся прочитать %1</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no picture</source>
        <translation>%1 пуст: в нём нет изображения</translation>
    </message>
    <message>
        <source>%1 says it is %2×%3 pixels (%4 megapixels): over the limit of 200 megapixels. Scale it down in an image editor first</source>
        <translation>%1 заявляет размер %2×%3 пикселей (%4 мегапикселей): больше предела в 200 мегапикселей. Сначала уменьшите его в графическом редакторе</translation>
    </message>
    <message>
        <source>%1 ends before the picture does (the file is truncated): download or export it again</source>
        <translation>%1 кончается раньше изображения (файл обрезан): скачайте или экспортируйте его заново</translation>
    </message>
    <message>
        <source>%1 could not be decoded: %2</source>
        <translation>%1 не удалось декодировать: %2</translation>
    </message>
    <message>
        <source>transparency (alpha channel) dropped</source>
        <translation>прозрачность (альфа-канал) отброшена</translation>
    </message>
    <message>
        <source>%1 stores signed integer pixels, which are not a picture&apos;s brightness</source>
        <translation>в %1 пиксели — целые со знаком, это не яркость изображения</translation>
    </message>
    <message>
        <source>floating-point pixels clipped to [0, 1]</source>
        <translation>пиксели с плавающей точкой обрезаны до [0, 1]</translation>
    </message>
    <message>
        <source>%1 is %2 megapixels: over the limit of 200 megapixels</source>
        <translation>%1: %2 мегапикселей — больше предела в 200 мегапикселей</translation>
    </message>
    <message>
        <source>downscaled from %1×%2 to %3×%4 (max_pixels = %5 MP)</source>
        <translation>уменьшено с %1×%2 до %3×%4 (max_pixels = %5 Мп)</translation>
    </message>
    <message>
        <source>could not encode the picture as %1</source>
        <translation>не удалось закодировать изображение как %1</translation>
    </message>
    <message>
        <source>%1 is not a picture Gradus can read (PNG, JPEG, GIF, BMP, TIFF, WebP, PPM, … are fine)</source>
        <translation>%1 — не картинка, которую Gradus умеет читать (подходят PNG, JPEG, GIF, BMP, TIFF, WebP, PPM, …)</translation>
    </message>
    <message>
        <source>CMYK colours converted to RGB</source>
        <translation>цвета CMYK переведены в RGB</translation>
    </message>
    <message>
        <source>16 bits per channel, read at full precision</source>
        <translation>16 бит на канал, прочитано с полной точностью</translation>
    </message>
</context>
<context>
    <name>gradus::ImageFolder</name>
    <message>
        <source>no folder chosen: pick a folder of pictures</source>
        <translation>папка не выбрана: выберите папку с изображениями</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>папки %1 не существует</translation>
    </message>
    <message>
        <source>the folder %1 holds %2 pictures; Gradus takes at most %3</source>
        <translation>в папке %1 изображений: %2; Gradus берёт не больше %3</translation>
    </message>
    <message>
        <source>the folder %1 holds %2 readable picture(s); PCA needs at least two</source>
        <translation>в папке %1 читаемых изображений: %2; для PCA нужно хотя бы два</translation>
    </message>
</context>
<context>
    <name>gradus::ImageView</name>
    <message>
        <source>Wheel: zoom · drag: pan · double-click: whole picture</source>
        <translation>Колесо — масштаб · перетаскивание — сдвиг · двойной щелчок — всё изображение</translation>
    </message>
</context>
<context>
    <name>gradus::JsonFile</name>
    <message>
        <source>%1 &apos;%2&apos; does not exist</source>
        <translation>%1 «%2» не существует</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large to be a %2</source>
        <translation>«%1» слишком велик (%2)</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>не удаётся прочитать «%1»: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not valid JSON (at byte %2: %3)</source>
        <translation>«%1» — некорректный JSON (байт %2: %3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Gradus %2</source>
        <translation>«%1» — не %2 Gradus</translation>
    </message>
</context>
<context>
    <name>gradus::LandscapeFigure</name>
    <message>
        <source>no dropout</source>
        <translation>без dropout</translation>
    </message>
    <message>
        <source>dropout</source>
        <translation>dropout</translation>
    </message>
    <message>
        <source>%1: train</source>
        <translation>%1: обучение</translation>
    </message>
    <message>
        <source>%1: test</source>
        <translation>%1: тест</translation>
    </message>
    <message>
        <source>L(θ + αu + βv): the loss when the trained weights θ move along two random directions. Hover for the value.</source>
        <translation>L(θ + αu + βv): потери, когда обученные веса θ сдвигаются вдоль двух случайных направлений. Наведите указатель, чтобы узнать значение.</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>эпоха</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>потери</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;no dropout&lt;/span&gt; · &lt;span style=&apos;color:%2&apos;&gt;dropout %3&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;без dropout&lt;/span&gt; · &lt;span style=&apos;color:%2&apos;&gt;dropout %3&lt;/span&gt;</translation>
    </message>
    <message>
        <source>dropout %1</source>
        <translation>dropout %1</translation>
    </message>
    <message>
        <source>%1: test accuracy</source>
        <translation>%1: точность на тесте</translation>
    </message>
    <message>
        <source>loss (dashed: test); dotted: test accuracy</source>
        <translation>потери (пунктир — тест); точки — точность на тесте</translation>
    </message>
    <message>
        <source>t: from the initial (0) to the trained weights (1)</source>
        <translation>t: от начальных (0) к обученным весам (1)</translation>
    </message>
    <message>
        <source>loss (dashed: test)</source>
        <translation>потери (пунктир — тест)</translation>
    </message>
    <message>
        <source>α along u through the trained weights (β = 0)</source>
        <translation>α вдоль u через обученные веса (β = 0)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>training loss (surface), test loss (orange grid)</source>
        <translation>потери на обучении (поверхность), на тесте (оранжевая сетка)</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>потери на тесте</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>потери на обучении</translation>
    </message>
    <message>
        <source>train loss</source>
        <translation>потери на обучении</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>train</source>
        <translation>обучение</translation>
    </message>
    <message>
        <source>test</source>
        <translation>тест</translation>
    </message>
    <message>
        <source>without</source>
        <translation>без</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидание</translation>
    </message>
    <message>
        <source>loss at the trained weights %1</source>
        <translation>потери в обученных весах %1</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>вычисляется…</translation>
    </message>
    <message>
        <source>%1 diverged in epoch %2 (loss not finite)</source>
        <translation>%1: обучение разошлось на эпохе %2 (потери не конечны)</translation>
    </message>
    <message>
        <source>training diverged in epoch %1: the map is around the last finite weights</source>
        <translation>обучение разошлось на эпохе %1: карта построена вокруг последних конечных весов</translation>
    </message>
    <message>
        <source>L(θ₀ + αu + βv): the loss when the initial weights θ₀ move along two random directions. Hover for the value.</source>
        <translation>L(θ₀ + αu + βv): потери, когда начальные веса θ₀ сдвигаются вдоль двух случайных направлений. Наведите курсор, чтобы увидеть значение.</translation>
    </message>
    <message>
        <source>1st direction of the path (%1 %)</source>
        <translation>1-е направление пути (%1 %)</translation>
    </message>
    <message>
        <source>2nd (%1 %)</source>
        <translation>2-е (%1 %)</translation>
    </message>
    <message>
        <source>The loss on the plane of the two leading principal directions of the training path (one point per epoch, relative to the trained weights ★); the percentages are the path&apos;s variance along each.</source>
        <translation>Потери на плоскости двух главных направлений пути обучения (точка на каждую эпоху, относительно обученных весов ★); проценты — доля разброса пути вдоль каждого.</translation>
    </message>
    <message>
        <source>training path</source>
        <translation>путь обучения</translation>
    </message>
    <message>
        <source>initial weights θ₀</source>
        <translation>начальные веса θ₀</translation>
    </message>
    <message>
        <source>α along u through the initial weights (β = 0)</source>
        <translation>α вдоль u через начальные веса (β = 0)</translation>
    </message>
    <message>
        <source>α along the path&apos;s first direction through the trained weights</source>
        <translation>α вдоль первого направления пути через обученные веса</translation>
    </message>
    <message>
        <source>loss at the initial weights %1</source>
        <translation>потери в начальных весах %1</translation>
    </message>
    <message>
        <source>epoch (test accuracy %1 | %2 %)</source>
        <translation>эпоха (точность на тесте %1 | %2 %)</translation>
    </message>
</context>
<context>
    <name>gradus::LandscapeLesson</name>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Ландшафт</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Картинка</translation>
    </message>
    <message>
        <source>maps: train and test</source>
        <translation>карты: обучение и тест</translation>
    </message>
    <message>
        <source>3D surfaces</source>
        <translation>поверхности 3D</translation>
    </message>
    <message>
        <source>1D: lines through the weights</source>
        <translation>1D: прямые через веса</translation>
    </message>
    <message>
        <source>Four contour maps (train and test, without and with dropout); the two networks&apos; loss as surfaces in space (drag to turn, scroll to zoom); or the loss along one random direction and along the straight path from the initial to the trained weights.</source>
        <translation>Четыре карты линий уровня (обучение и тест, без dropout и с ним); потери двух сетей как поверхности в пространстве (перетаскивание — поворот, колесо — масштаб); или потери вдоль одного случайного направления и вдоль прямого пути от начальных весов к обученным.</translation>
    </message>
    <message>
        <source>Surface shows</source>
        <translation>Поверхность показывает</translation>
    </message>
    <message>
        <source>training loss, test loss as a grid</source>
        <translation>потери на обучении, на тесте — сеткой</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>потери на тесте</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>потери на обучении</translation>
    </message>
    <message>
        <source>Both: the training loss as the coloured surface and the test loss as a grid of lines over it, so that the gap between them shows.</source>
        <translation>Оба: потери на обучении — цветная поверхность, на тесте — сетка линий над ней, чтобы был виден разрыв между ними.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>MLP</source>
        <translation>MLP</translation>
    </message>
    <message>
        <source>CNN (the seed&apos;s)</source>
        <translation>CNN (из исходного примера)</translation>
    </message>
    <message>
        <source>MLP: 784 → hidden (× depth) → 10. CNN: conv 3×3×16 → ReLU → pool → conv 3×3×32 → ReLU → pool → dropout → dense 64 → ReLU → dense 10.</source>
        <translation>MLP: 784 → скрытый (× глубина) → 10. CNN: свёртка 3×3×16 → ReLU → пулинг → свёртка 3×3×32 → ReLU → пулинг → dropout → полносвязный 64 → ReLU → полносвязный 10.</translation>
    </message>
    <message>
        <source>Hidden units</source>
        <translation>Скрытых нейронов</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>Скрытых слоёв</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Активация</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <source>Dropout rate</source>
        <translation>Доля dropout</translation>
    </message>
    <message>
        <source>The rate of the second network; the first has none. Both start from the same weights and see the same batches.</source>
        <translation>Доля для второй сети; у первой dropout нет. Обе начинают с одних весов и видят одни и те же батчи.</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Оптимизатор</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>SGD с импульсом</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Шаг обучения</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Импульс</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Размер батча</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Эпохи</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Зерно</translation>
    </message>
    <message>
        <source>Initial weights, batch order and dropout masks.</source>
        <translation>Начальные веса, порядок батчей и маски dropout.</translation>
    </message>
    <message>
        <source>Direction scale</source>
        <translation>Масштаб направлений</translation>
    </message>
    <message>
        <source>per filter (Li et al.)</source>
        <translation>по фильтрам (Li et al.)</translation>
    </message>
    <message>
        <source>per tensor (the seed)</source>
        <translation>по тензорам (исходный пример)</translation>
    </message>
    <message>
        <source>Direction seed</source>
        <translation>Зерно направлений</translation>
    </message>
    <message>
        <source>Extent</source>
        <translation>Размах</translation>
    </message>
    <message>
        <source>Grid points per side</source>
        <translation>Точек сетки на сторону</translation>
    </message>
    <message>
        <source>Images per grid point</source>
        <translation>Изображений на точку сетки</translation>
    </message>
    <message>
        <source>How many training and how many test images each grid point is evaluated on.</source>
        <translation>На скольких обучающих и скольких тестовых изображениях вычисляется каждая точка сетки.</translation>
    </message>
    <message>
        <source>Loss landscapes: dropout and the train–test gap</source>
        <translation>Ландшафты потерь: dropout и разрыв между обучением и тестом</translation>
    </message>
    <message>
        <source>Machine learning</source>
        <translation>Машинное обучение</translation>
    </message>
    <message>
        <source>A network trained on Fashion-MNIST with and without dropout: L(θ + αu + βv) on train and test.</source>
        <translation>Сеть, обученная на Fashion-MNIST с dropout и без: L(θ + αu + βv) на обучающей и тестовой выборках.</translation>
    </message>
    <message>
        <source>The seed&apos;s CNN (SGD, momentum 0.9)</source>
        <translation>CNN исходного примера (SGD, импульс 0.9)</translation>
    </message>
    <message>
        <source>MLP trained with Adam</source>
        <translation>MLP, обученный Adam</translation>
    </message>
    <message>
        <source>Directions scaled per tensor, as in the seed</source>
        <translation>Направления по тензорам, как в исходном примере</translation>
    </message>
    <message>
        <source>Test loss as surfaces in 3D</source>
        <translation>Потери на тесте поверхностями 3D</translation>
    </message>
    <message>
        <source>Fashion-MNIST</source>
        <translation>Fashion-MNIST</translation>
    </message>
    <message>
        <source>Fashion-MNIST subset</source>
        <translation>выборка Fashion-MNIST</translation>
    </message>
    <message>
        <source>CNN</source>
        <translation>CNN</translation>
    </message>
    <message>
        <source>MLP 784-%1×%2-10</source>
        <translation>MLP 784-%1×%2-10</translation>
    </message>
    <message>
        <source>training without dropout</source>
        <translation>обучение без dropout</translation>
    </message>
    <message>
        <source>training with dropout</source>
        <translation>обучение с dropout</translation>
    </message>
    <message>
        <source>landscape without dropout</source>
        <translation>ландшафт без dropout</translation>
    </message>
    <message>
        <source>landscape with dropout</source>
        <translation>ландшафт с dropout</translation>
    </message>
    <message>
        <source>Map around</source>
        <translation>Карта вокруг</translation>
    </message>
    <message>
        <source>the trained weights, random directions</source>
        <translation>обученных весов, случайные направления</translation>
    </message>
    <message>
        <source>the initial weights, random directions</source>
        <translation>начальных весов, случайные направления</translation>
    </message>
    <message>
        <source>the training path: its two main directions</source>
        <translation>пути обучения: два его главных направления</translation>
    </message>
    <message>
        <source>Random directions around the trained weights θ̂ or around the initial weights θ₀ (the seed shows both: before and after training); or the plane of the training path: the two leading principal directions of θ₀, θ₁, … − θ̂ (one point per epoch), with the path drawn on the map (Li et al., 2018). Random directions are almost orthogonal to the path.</source>
        <translation>Случайные направления вокруг обученных весов θ̂ или вокруг начальных θ₀ (в исходном примере показаны оба: до и после обучения); или плоскость пути обучения: два главных направления θ₀, θ₁, … − θ̂ (точка на каждую эпоху), с путём на карте (Li et al., 2018). Случайные направления почти ортогональны пути.</translation>
    </message>
    <message>
        <source>Random directions are scaled to the weights at the centre: each filter (unit) to its own norm, biases left out, or each weight tensor to its norm.</source>
        <translation>Случайные направления масштабируются по весам в центре карты: каждый фильтр (нейрон) — к своей норме, без смещений, или каждый тензор весов — к его норме.</translation>
    </message>
    <message>
        <source>α and β run from −extent to +extent (the map of the training path extends to hold it).</source>
        <translation>α и β пробегают от −размаха до +размаха (карта пути обучения расширяется, чтобы вместить путь).</translation>
    </message>
    <message>
        <source>As in the original post: the CNN after 25 epochs on all images (long: about an hour)</source>
        <translation>Как в исходном посте: CNN после 25 эпох на всех изображениях (долго: около часа)</translation>
    </message>
    <message>
        <source>As in the original post, before training: around the initial weights</source>
        <translation>Как в исходном посте, до обучения: вокруг начальных весов</translation>
    </message>
    <message>
        <source>The training path on its own plane (Li et al.)</source>
        <translation>Путь обучения на его собственной плоскости (Li et al.)</translation>
    </message>
    <message>
        <source>Fashion-MNIST subset (dataset-fashion-mnist is not installed)</source>
        <translation>выборка Fashion-MNIST (пакет dataset-fashion-mnist не установлен)</translation>
    </message>
    <message>
        <source>The map of the training path needs at least two epochs: one point per epoch, and two directions through them. Train for more epochs, or choose random directions.</source>
        <translation>Для карты пути обучения нужно хотя бы две эпохи: по точке на эпоху и два направления через них. Обучите дольше или выберите случайные направления.</translation>
    </message>
</context>
<context>
    <name>gradus::Lesson</name>
    <message>
        <source>lesson &apos;%1&apos; has no preset &apos;%2&apos;; its presets: %3</source>
        <translation>у урока «%1» нет примера «%2»; его примеры: %3</translation>
    </message>
</context>
<context>
    <name>gradus::LessonPage</name>
    <message>
        <source>Choose a classic picture…</source>
        <translation>Выберите классический пример…</translation>
    </message>
    <message>
        <source>Presets set every parameter to reproduce a classic picture (keys 1–9)</source>
        <translation>Готовые примеры задают все параметры, чтобы воспроизвести классическую картинку (клавиши 1–9)</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Пример:</translation>
    </message>
    <message>
        <source>Cannot compute %1: %2. The last picture is kept.</source>
        <translation>Не удаётся вычислить %1: %2. Оставлена прежняя картинка.</translation>
    </message>
    <message>
        <source>Computation cancelled.</source>
        <translation>Вычисление отменено.</translation>
    </message>
    <message>
        <source>A large picture</source>
        <translation>Большое изображение</translation>
    </message>
    <message>
        <source>%1 is %2×%3 pixels (%4 megapixels). Decomposing it at full size takes much longer and needs about %5 GB of memory.</source>
        <translation>%1: %2×%3 пикселей (%4 мегапикселей). Разложение в полном размере займёт гораздо больше времени и потребует около %5 ГБ памяти.</translation>
    </message>
    <message>
        <source>Scale down to %1 MP</source>
        <translation>Уменьшить до %1 Мп</translation>
    </message>
    <message>
        <source>Use the full size</source>
        <translation>Полный размер</translation>
    </message>
    <message>
        <source>The lesson &apos;%1&apos; does not read folders.</source>
        <translation>Урок «%1» не читает папки.</translation>
    </message>
    <message>
        <source>The lesson &apos;%1&apos; does not read files.</source>
        <translation>Урок «%1» не читает файлы.</translation>
    </message>
    <message>
        <source>The clipboard holds no picture.</source>
        <translation>В буфере обмена нет изображения.</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>не удаётся создать папку %1</translation>
    </message>
    <message>
        <source>Cannot keep the pasted picture: %1</source>
        <translation>Не удаётся сохранить вставленное изображение: %1</translation>
    </message>
    <message>
        <source>Pasted picture saved as %1</source>
        <translation>Вставленное изображение сохранено как %1</translation>
    </message>
    <message>
        <source>nothing to save yet: the lesson has not finished computing</source>
        <translation>сохранять пока нечего: урок ещё не досчитал</translation>
    </message>
    <message>
        <source>Computed in %1 ms.</source>
        <translation>Вычислено за %1 мс.</translation>
    </message>
    <message>
        <source>nothing to export yet: the lesson has not finished computing</source>
        <translation>экспортировать пока нечего: урок ещё не досчитал</translation>
    </message>
    <message>
        <source>Preset: %1</source>
        <translation>Пример: %1</translation>
    </message>
</context>
<context>
    <name>gradus::LessonRegistry</name>
    <message>
        <source>unknown lesson &apos;%1&apos;; available: %2</source>
        <translation>неизвестный урок «%1»; есть: %2</translation>
    </message>
</context>
<context>
    <name>gradus::LinRegFigure</name>
    <message>
        <source>slope w</source>
        <translation>наклон w</translation>
    </message>
    <message>
        <source>intercept b</source>
        <translation>сдвиг b</translation>
    </message>
    <message>
        <source>Click to start gradient descent from that point. Drag to pan, scroll to zoom, double-click to reset.</source>
        <translation>Щёлкните, чтобы начать градиентный спуск из этой точки. Перетаскивание — сдвиг, колесо — масштаб, двойной щелчок — исходный вид.</translation>
    </message>
    <message>
        <source>Excess loss L(w, b) − L*</source>
        <translation>Избыток потерь L(w, b) − L*</translation>
    </message>
    <message>
        <source>step</source>
        <translation>шаг</translation>
    </message>
    <message>
        <source>optimum (%1, %2)</source>
        <translation>оптимум (%1, %2)</translation>
    </message>
    <message>
        <source>slope w (standardized x)</source>
        <translation>наклон w (стандартизованный x)</translation>
    </message>
    <message>
        <source>gradient descent</source>
        <translation>градиентный спуск</translation>
    </message>
    <message>
        <source>data</source>
        <translation>данные</translation>
    </message>
    <message>
        <source> (%1 of %2 points shown)</source>
        <translation> (показано %1 из %2 точек)</translation>
    </message>
    <message>
        <source>least squares</source>
        <translation>МНК</translation>
    </message>
    <message>
        <source>gradient descent, step %1: L = %2</source>
        <translation>градиентный спуск, шаг %1: L = %2</translation>
    </message>
    <message>
        <source>Loss L(w, b) and the gradient descent path</source>
        <translation>Потери L(w, b) и путь градиентного спуска</translation>
    </message>
    <message>
        <source>learning rate %1 · stable below 2/λ_max = %2</source>
        <translation>шаг обучения %1 · устойчиво ниже 2/λ_max = %2</translation>
    </message>
    <message>
        <source>diverged at step %1: learning rate &gt; 2/λ_max</source>
        <translation>расходится с шага %1: шаг обучения &gt; 2/λ_max</translation>
    </message>
    <message>
        <source>learning rate above 2/λ_max: the error grows every step</source>
        <translation>шаг обучения больше 2/λ_max: ошибка растёт с каждым шагом</translation>
    </message>
    <message>
        <source>all x are equal: a whole line of optima</source>
        <translation>все x одинаковы: оптимумов целая прямая</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>шаг %1</translation>
    </message>
    <message>
        <source>Data and the line at step %1</source>
        <translation>Данные и прямая на шаге %1</translation>
    </message>
</context>
<context>
    <name>gradus::LinRegLesson</name>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>Gradient descent</source>
        <translation>Градиентный спуск</translation>
    </message>
    <message>
        <source>Your data (CSV)</source>
        <translation>Ваши данные (CSV)</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt)</source>
        <translation>Таблицы (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Two numeric columns x, y (header optional). When set, it replaces the generated points.</source>
        <translation>Два числовых столбца x, y (заголовок не обязателен). Если задан, заменяет сгенерированные точки.</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Точки</translation>
    </message>
    <message>
        <source>Number of generated points.</source>
        <translation>Число сгенерированных точек.</translation>
    </message>
    <message>
        <source>True slope w</source>
        <translation>Истинный наклон w</translation>
    </message>
    <message>
        <source>Slope of the line the points are generated from.</source>
        <translation>Наклон прямой, по которой генерируются точки.</translation>
    </message>
    <message>
        <source>True intercept b</source>
        <translation>Истинный сдвиг b</translation>
    </message>
    <message>
        <source>Intercept of the line the points are generated from.</source>
        <translation>Сдвиг прямой, по которой генерируются точки.</translation>
    </message>
    <message>
        <source>Noise σ</source>
        <translation>Шум σ</translation>
    </message>
    <message>
        <source>Standard deviation of the Gaussian noise added to y.</source>
        <translation>Стандартное отклонение гауссова шума, добавленного к y.</translation>
    </message>
    <message>
        <source>x from</source>
        <translation>x от</translation>
    </message>
    <message>
        <source>Generated x are uniform between &apos;x from&apos; and &apos;x to&apos;. Moving the range away from zero makes the problem worse conditioned.</source>
        <translation>Сгенерированные x равномерны между «x от» и «x до». Чем дальше диапазон от нуля, тем хуже обусловлена задача.</translation>
    </message>
    <message>
        <source>x to</source>
        <translation>x до</translation>
    </message>
    <message>
        <source>Generated x are uniform between &apos;x from&apos; and &apos;x to&apos;.</source>
        <translation>Сгенерированные x равномерны между «x от» и «x до».</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Зерно генератора</translation>
    </message>
    <message>
        <source>The same seed always gives the same points.</source>
        <translation>Одно и то же зерно всегда даёт одни и те же точки.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Шаг обучения</translation>
    </message>
    <message>
        <source>Step size of gradient descent. Descent converges only below 2/λ_max of the Hessian; try values just above it.</source>
        <translation>Величина шага градиентного спуска. Спуск сходится только при шаге меньше 2/λ_max гессиана; попробуйте значения чуть больше.</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Итерации</translation>
    </message>
    <message>
        <source>Number of gradient steps.</source>
        <translation>Число шагов градиентного спуска.</translation>
    </message>
    <message>
        <source>Start (w, b)</source>
        <translation>Начало (w, b)</translation>
    </message>
    <message>
        <source>Initial parameters. Click on the loss map to choose a start.</source>
        <translation>Начальные параметры. Щёлкните по карте потерь, чтобы выбрать начало.</translation>
    </message>
    <message>
        <source>Standardize x</source>
        <translation>Стандартизовать x</translation>
    </message>
    <message>
        <source>Centre x and scale it to unit variance before descent: the loss contours become circles and descent goes straight to the optimum.</source>
        <translation>Центрировать x и привести к единичной дисперсии перед спуском: линии уровня становятся окружностями, и спуск идёт прямо к оптимуму.</translation>
    </message>
    <message>
        <source>Show descent directions −∇L</source>
        <translation>Показать направления спуска −∇L</translation>
    </message>
    <message>
        <source>Arrows of the steepest-descent direction on the map. They cross the level lines at right angles, so in a long valley they point across it, not towards the optimum.</source>
        <translation>Стрелки направления наискорейшего спуска на карте. Они пересекают линии уровня под прямым углом, поэтому в длинной долине смотрят поперёк неё, а не на оптимум.</translation>
    </message>
    <message>
        <source>Zig-zag just below the stable limit</source>
        <translation>Зигзаг чуть ниже границы устойчивости</translation>
    </message>
    <message>
        <source>Just above 2/λ_max: divergence</source>
        <translation>Чуть выше 2/λ_max: расходимость</translation>
    </message>
    <message>
        <source>Far from zero: a long, thin valley</source>
        <translation>Далеко от нуля: длинная узкая долина</translation>
    </message>
    <message>
        <source>Standardized x: straight to the optimum</source>
        <translation>Стандартизованный x: прямо к оптимуму</translation>
    </message>
    <message>
        <source>Linear regression by gradient descent</source>
        <translation>Линейная регрессия градиентным спуском</translation>
    </message>
    <message>
        <source>Foundations</source>
        <translation>Основы</translation>
    </message>
    <message>
        <source>Fit y = w·x + b by gradient descent: the data, the loss landscape over (w, b) and the path to the optimum.</source>
        <translation>Подбор y = w·x + b градиентным спуском: данные, поверхность потерь над (w, b) и путь к оптимуму.</translation>
    </message>
    <message>
        <source>As in the original post: step 0.1 on ½·MSE, 500 steps</source>
        <translation>Как в исходном посте: шаг 0,1 для ½·MSE, 500 шагов</translation>
    </message>
</context>
<context>
    <name>gradus::LineSearchFigure</name>
    <message>
        <source>Interval length against calls of f</source>
        <translation>Длина отрезка и число вычислений f</translation>
    </message>
    <message>
        <source>calls of f</source>
        <translation>вычислений f</translation>
    </message>
    <message>
        <source>b − a</source>
        <translation>b − a</translation>
    </message>
    <message>
        <source>Calls needed for a tolerance</source>
        <translation>Сколько вычислений нужно для точности</translation>
    </message>
    <message>
        <source>tolerance</source>
        <translation>точность</translation>
    </message>
    <message>
        <source>The slope φ′(α) and the curvature condition</source>
        <translation>Наклон φ′(α) и условие кривизны</translation>
    </message>
    <message>
        <source>sufficient decrease φ(0) + c₁αφ′(0), c₁ = %1</source>
        <translation>достаточное убывание φ(0) + c₁αφ′(0), c₁ = %1</translation>
    </message>
    <message>
        <source>tangent φ(0) + αφ′(0)</source>
        <translation>касательная φ(0) + αφ′(0)</translation>
    </message>
    <message>
        <source>α accepted by Armijo</source>
        <translation>α, принятые условием Армихо</translation>
    </message>
    <message>
        <source>α accepted by strong Wolfe, c₂ = %1</source>
        <translation>α, принятые сильными условиями Вульфа, c₂ = %1</translation>
    </message>
    <message>
        <source>backtracking&apos;s trials</source>
        <translation>пробы дробления шага</translation>
    </message>
    <message>
        <source>Wolfe search&apos;s trials</source>
        <translation>пробы поиска по Вульфу</translation>
    </message>
    <message>
        <source>±c₂|φ′(0)|</source>
        <translation>±c₂|φ′(0)|</translation>
    </message>
    <message>
        <source>%1, iteration %2: each bar is the interval that still holds the minimum</source>
        <translation>%1, итерация %2: каждая полоса — отрезок, где ещё лежит минимум</translation>
    </message>
    <message>
        <source>trial %1</source>
        <translation>проба %1</translation>
    </message>
    <message>
        <source>α = %1 after %2 calls</source>
        <translation>α = %1, вычислений: %2</translation>
    </message>
    <message>
        <source>no step found</source>
        <translation>шаг не найден</translation>
    </message>
    <message>
        <source>backtracking: %1</source>
        <translation>дробление шага: %1</translation>
    </message>
    <message>
        <source>Wolfe search: %1</source>
        <translation>поиск по Вульфу: %1</translation>
    </message>
    <message>
        <source>%1: φ(0) = %2, φ′(0) = %3</source>
        <translation>%1: φ(0) = %2, φ′(0) = %3</translation>
    </message>
    <message>
        <source>%1: %2 calls</source>
        <translation>%1: вычислений %2</translation>
    </message>
    <message>
        <source>%1: the value against the step</source>
        <translation>%1: значение по шагам</translation>
    </message>
    <message>
        <source>∇f ×%1</source>
        <translation>∇f ×%1</translation>
    </message>
    <message>
        <source>f ×%1, ∇f ×%2</source>
        <translation>f ×%1, ∇f ×%2</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>шаг %1</translation>
    </message>
</context>
<context>
    <name>gradus::LineSearchLesson</name>
    <message>
        <source>random bracketing</source>
        <translation>случайные скобки</translation>
    </message>
    <message>
        <source>dichotomy</source>
        <translation>дихотомия</translation>
    </message>
    <message>
        <source>golden section</source>
        <translation>золотое сечение</translation>
    </message>
    <message>
        <source>Brent (parabolas)</source>
        <translation>Брент (параболы)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>inverse Maxwell 1 − √(2/π)x²e^(−x²/8)/8</source>
        <translation>обратный Максвелл 1 − √(2/π)x²e^(−x²/8)/8</translation>
    </message>
    <message>
        <source>(x − 2)x(x + 2)² + 10</source>
        <translation>(x − 2)x(x + 2)² + 10</translation>
    </message>
    <message>
        <source>sin(sin(sin √(x/2))) + 1 (increasing)</source>
        <translation>sin(sin(sin √(x/2))) + 1 (возрастает)</translation>
    </message>
    <message>
        <source>a slice f(x₀ + αd) of a surface</source>
        <translation>сечение поверхности f(x₀ + αd)</translation>
    </message>
    <message>
        <source>Function φ</source>
        <translation>Функция φ</translation>
    </message>
    <message>
        <source>A slice follows d = −∇f(x₀)/‖∇f(x₀)‖ from the surface&apos;s start, so α is the distance travelled.</source>
        <translation>Сечение идёт по d = −∇f(x₀)/‖∇f(x₀)‖ из стартовой точки поверхности, так что α — пройденное расстояние.</translation>
    </message>
    <message>
        <source>Surface</source>
        <translation>Поверхность</translation>
    </message>
    <message>
        <source>Start x₀</source>
        <translation>Начало x₀</translation>
    </message>
    <message>
        <source>Where the inexact search starts on a function of one variable; it goes downhill.</source>
        <translation>Откуда начинается неточный поиск на функции одной переменной; он идёт вниз.</translation>
    </message>
    <message>
        <source>Interval from</source>
        <translation>Отрезок от</translation>
    </message>
    <message>
        <source>Interval to (α range)</source>
        <translation>Отрезок до (диапазон α)</translation>
    </message>
    <message>
        <source>On an interval: its right end. Along a direction: how far the picture goes.</source>
        <translation>На отрезке — его правый конец. Вдоль направления — докуда видна картинка.</translation>
    </message>
    <message>
        <source>On an interval</source>
        <translation>На отрезке</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Методы</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Точность</translation>
    </message>
    <message>
        <source>The bracketing methods stop when the interval is this short; Brent when its point is within about this of the minimum.</source>
        <translation>Методы скобок останавливаются, когда отрезок стал такой длины; Брент — когда его точка примерно на таком расстоянии от минимума.</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Зерно генератора</translation>
    </message>
    <message>
        <source>Along a direction</source>
        <translation>Вдоль направления</translation>
    </message>
    <message>
        <source>First trial α₀</source>
        <translation>Первая проба α₀</translation>
    </message>
    <message>
        <source>Backtracking factor ρ</source>
        <translation>Множитель дробления ρ</translation>
    </message>
    <message>
        <source>Backtracking tries α₀, ρα₀, ρ²α₀, … until the sufficient decrease holds.</source>
        <translation>Дробление шага пробует α₀, ρα₀, ρ²α₀, …, пока не выполнится достаточное убывание.</translation>
    </message>
    <message>
        <source>Sufficient decrease c₁</source>
        <translation>Достаточное убывание c₁</translation>
    </message>
    <message>
        <source>φ(α) ≤ φ(0) + c₁αφ′(0): the step must gain at least this share of what the slope promises.</source>
        <translation>φ(α) ≤ φ(0) + c₁αφ′(0): шаг должен дать хотя бы такую долю того, что обещает наклон.</translation>
    </message>
    <message>
        <source>Curvature c₂</source>
        <translation>Кривизна c₂</translation>
    </message>
    <message>
        <source>|φ′(α)| ≤ c₂|φ′(0)|: the slope must have flattened this much (c₁ &lt; c₂ &lt; 1; 0.9 for quasi-Newton, 0.1 for CG).</source>
        <translation>|φ′(α)| ≤ c₂|φ′(0)|: наклон должен уменьшиться настолько (c₁ &lt; c₂ &lt; 1; 0,9 для квазиньютоновских методов, 0,1 для CG).</translation>
    </message>
    <message>
        <source>A tight tolerance: Brent needs a third of the golden section&apos;s calls</source>
        <translation>Высокая точность: Бренту нужна треть вычислений золотого сечения</translation>
    </message>
    <message>
        <source>Rosenbrock along −∇f: Armijo&apos;s and Wolfe&apos;s steps</source>
        <translation>Розенброк вдоль −∇f: шаги Армихо и Вульфа</translation>
    </message>
    <message>
        <source>The curvature condition for CG (c₂ = 0.1) accepts much less</source>
        <translation>Условие кривизны для CG (c₂ = 0,1) принимает гораздо меньше</translation>
    </message>
    <message>
        <source>As in the course: the inverse Maxwell function on [0, 6], tolerance 10⁻³</source>
        <translation>Как в курсе: обратный Максвелл на [0, 6], точность 10⁻³</translation>
    </message>
    <message>
        <source>Line search: how far to go</source>
        <translation>Линейный поиск: как далеко идти</translation>
    </message>
    <message>
        <source>Optimization methods</source>
        <translation>Методы оптимизации</translation>
    </message>
    <message>
        <source>Bracketing, golden section and Brent&apos;s parabolas closing in on a minimum, call by call; the steps the Armijo and Wolfe conditions accept, and backtracking.</source>
        <translation>Скобки, золотое сечение и параболы Брента сужаются к минимуму вычисление за вычислением; шаги, которые принимают условия Армихо и Вульфа, и дробление шага.</translation>
    </message>
    <message>
        <source>The gradient at the start is zero or undefined, so there is no downhill direction: choose another start.</source>
        <translation>Градиент в стартовой точке равен нулю или не определён, поэтому направления вниз нет: выберите другую точку.</translation>
    </message>
    <message>
        <source>φ(α) = f(x₀ + αd)</source>
        <translation>φ(α) = f(x₀ + αd)</translation>
    </message>
    <message>
        <source>%1 from (%2, %3) along −∇f</source>
        <translation>%1 из (%2, %3) вдоль −∇f</translation>
    </message>
    <message>
        <source>φ(α) = f(x₀ %1 α)</source>
        <translation>φ(α) = f(x₀ %1 α)</translation>
    </message>
    <message>
        <source>%1 from x₀ = %2</source>
        <translation>%1 из x₀ = %2</translation>
    </message>
    <message>
        <source>The interval is empty: make its two ends differ.</source>
        <translation>Отрезок пуст: сделайте его концы разными.</translation>
    </message>
    <message>
        <source>No method is chosen: tick at least one under Methods.</source>
        <translation>Не выбран ни один метод: отметьте хотя бы один в разделе «Методы».</translation>
    </message>
    <message>
        <source>Along a direction α starts at 0: make &apos;Interval to (α range)&apos; positive.</source>
        <translation>Вдоль направления α начинается с 0: сделайте «Отрезок до (диапазон α)» положительным.</translation>
    </message>
    <message>
        <source>φ′(0) = %1 is not negative: the direction does not go downhill from this start. Choose another start.</source>
        <translation>φ′(0) = %1 не отрицательна: из этой точки направление не ведёт вниз. Выберите другую точку.</translation>
    </message>
    <message>
        <source>The Wolfe conditions need c₁ &lt; c₂ (now %1 and %2): lower c₁ or raise c₂.</source>
        <translation>Условиям Вульфа нужно c₁ &lt; c₂ (сейчас %1 и %2): уменьшите c₁ или увеличьте c₂.</translation>
    </message>
    <message>
        <source>on an interval</source>
        <translation>на отрезке</translation>
    </message>
    <message>
        <source>along a direction</source>
        <translation>вдоль направления</translation>
    </message>
    <message>
        <source>fixed step η = %1</source>
        <translation>постоянный шаг η = %1</translation>
    </message>
    <message>
        <source>backtracking (Armijo)</source>
        <translation>дробление шага (Армихо)</translation>
    </message>
    <message>
        <source>exact line search</source>
        <translation>точный поиск</translation>
    </message>
    <message>
        <source>gradient descent on a surface</source>
        <translation>градиентный спуск на поверхности</translation>
    </message>
    <message>
        <source>On an interval the methods close in on the minimum with values only; along a descent direction an inexact search (Armijo, Wolfe) takes the first step that is good enough; on a surface gradient descent takes a fixed step, backtracks, or searches exactly.</source>
        <translation>На отрезке методы подбираются к минимуму только по значениям; вдоль направления спуска неточный поиск (Армихо, Вульф) берёт первый достаточно хороший шаг; на поверхности градиентный спуск делает постоянный шаг, дробит шаг или ищет точно.</translation>
    </message>
    <message>
        <source>Where the slice or the descent starts; auto uses the function&apos;s usual start. Click on a map to choose.</source>
        <translation>Откуда начинается срез или спуск; auto — обычная начальная точка функции. Щёлкните по карте, чтобы выбрать.</translation>
    </message>
    <message>
        <source>Where backtracking and the Wolfe search start; in descent, at every step.</source>
        <translation>С чего начинают дробление шага и поиск по Вульфу; в спуске — на каждом шаге.</translation>
    </message>
    <message>
        <source>Gradient descent</source>
        <translation>Градиентный спуск</translation>
    </message>
    <message>
        <source>Fixed step η</source>
        <translation>Постоянный шаг η</translation>
    </message>
    <message>
        <source>The step of plain gradient descent, x ← x − η∇f; above 2/L it diverges.</source>
        <translation>Шаг обычного градиентного спуска x ← x − η∇f; выше 2/L спуск расходится.</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Итерации</translation>
    </message>
    <message>
        <source>Steps of each descent; the player shows them one by one.</source>
        <translation>Шаги каждого спуска; проигрыватель показывает их по одному.</translation>
    </message>
    <message>
        <source>Gradient descent on Rosenbrock: a fixed step, backtracking and the exact step side by side</source>
        <translation>Градиентный спуск на функции Розенброка: постоянный шаг, дробление и точный шаг рядом</translation>
    </message>
    <message>
        <source>A quadratic with κ = 10 from the worst start: the exact step zig-zags no faster than the best fixed step</source>
        <translation>Квадратичная функция с κ = 10 из худшей точки: точный шаг идёт зигзагом не быстрее лучшего постоянного</translation>
    </message>
</context>
<context>
    <name>gradus::MainWindow</name>
    <message>
        <source>Lessons</source>
        <translation>Уроки</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>&amp;Открыть сеанс…</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>&amp;Сохранить сеанс</translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation>Сохранить сеанс &amp;как…</translation>
    </message>
    <message>
        <source>Open p&amp;laylist…</source>
        <translation>Открыть &amp;плейлист…</translation>
    </message>
    <message>
        <source>Add to playl&amp;ist</source>
        <translation>&amp;Добавить в плейлист</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>The lesson as it is now (parameters and frame) becomes the playlist&apos;s next session</source>
        <translation>Урок в нынешнем виде (параметры и кадр) становится следующим сеансом плейлиста</translation>
    </message>
    <message>
        <source>Save playlist &amp;as…</source>
        <translation>Сохранить плейлист к&amp;ак…</translation>
    </message>
    <message>
        <source>&amp;Export figure…</source>
        <translation>&amp;Экспорт рисунка…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Save &amp;picture at full resolution…</source>
        <translation>Сохранить &amp;изображение в полном разрешении…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>The picture itself (e.g. the compressed image), not a rendering of the figure</source>
        <translation>Само изображение (например, сжатое), а не снимок рисунка</translation>
    </message>
    <message>
        <source>Export &amp;animation…</source>
        <translation>Экспорт &amp;анимации…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>The iterations played as an MP4 video, a looping GIF or numbered PNG frames</source>
        <translation>Итерации в виде видео MP4, зацикленного GIF или пронумерованных кадров PNG</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Paste picture</source>
        <translation>&amp;Вставить изображение</translation>
    </message>
    <message>
        <source>The clipboard holds no picture: copy one in a browser or an image viewer first.</source>
        <translation>В буфере обмена нет изображения: сначала скопируйте его в браузере или программе просмотра.</translation>
    </message>
    <message>
        <source>&amp;Copy figure</source>
        <translation>&amp;Копировать рисунок</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>The figure as a picture, to paste into a slide</source>
        <translation>Рисунок как изображение — для вставки в слайд</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Parameters and explanation</source>
        <translation>&amp;Параметры и пояснение</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Lesson list</source>
        <translation>&amp;Список уроков</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>Figure text at %1 %</source>
        <translation>Текст рисунков: %1 %</translation>
    </message>
    <message>
        <source>&amp;Larger figure text</source>
        <translation>К&amp;рупнее текст рисунков</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Labels, ticks and legends of the figures (and their exports), not the menus</source>
        <translation>Подписи, деления и легенды рисунков (и экспорта), но не меню</translation>
    </message>
    <message>
        <source>&amp;Smaller figure text</source>
        <translation>&amp;Мельче текст рисунков</translation>
    </message>
    <message>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <source>&amp;Normal figure text</source>
        <translation>&amp;Обычный текст рисунков</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Режим &amp;презентации</translation>
    </message>
    <message>
        <source>Full screen with only the figure; Page Up/Down: next or previous session or lesson; Space, arrows: play and step; +/−: speed; digits: presets; Esc leaves</source>
        <translation>Во весь экран, только рисунок; Page Up/Down — следующий или предыдущий сеанс или урок; пробел и стрелки — пуск и шаги; +/− — скорость; цифры — готовые примеры; Esc — выход</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Во &amp;весь экран</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Gradus &amp;help</source>
        <translation>&amp;Справка Gradus</translation>
    </message>
    <message>
        <source>&amp;Keyboard</source>
        <translation>&amp;Клавиатура</translation>
    </message>
    <message>
        <source>&amp;Data credits</source>
        <translation>&amp;Источники данных</translation>
    </message>
    <message>
        <source>&amp;About Gradus</source>
        <translation>&amp;О программе Gradus</translation>
    </message>
    <message>
        <source>Playlist</source>
        <translation>Плейлист</translation>
    </message>
    <message numerus="yes">
        <source>Added to the playlist (%n session(s)); File → Save playlist as… keeps it</source>
        <translation>
            <numerusform>Добавлено в плейлист (%n сеанс); сохранить: Файл → Сохранить плейлист как…</numerusform>
            <numerusform>Добавлено в плейлист (%n сеанса); сохранить: Файл → Сохранить плейлист как…</numerusform>
            <numerusform>Добавлено в плейлист (%n сеансов); сохранить: Файл → Сохранить плейлист как…</numerusform>
        </translation>
    </message>
    <message>
        <source>Open playlist</source>
        <translation>Открыть плейлист</translation>
    </message>
    <message>
        <source>Gradus playlists (*.gradus-playlist);;All files (*)</source>
        <translation>Плейлисты Gradus (*.gradus-playlist);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The playlist is empty: add sessions with File → Add to playlist (Ctrl+Shift+L).</source>
        <translation>Плейлист пуст: добавьте сеансы командой Файл → Добавить в плейлист (Ctrl+Shift+L).</translation>
    </message>
    <message>
        <source>Save playlist</source>
        <translation>Сохранить плейлист</translation>
    </message>
    <message>
        <source>Gradus playlists (*.gradus-playlist)</source>
        <translation>Плейлисты Gradus (*.gradus-playlist)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Cannot open the playlist: %1</source>
        <translation>Не удаётся открыть плейлист: %1</translation>
    </message>
    <message numerus="yes">
        <source>Playlist opened with %n problem(s): %1</source>
        <translation>
            <numerusform>Плейлист открыт, %n замечание: %1</numerusform>
            <numerusform>Плейлист открыт, %n замечания: %1</numerusform>
            <numerusform>Плейлист открыт, %n замечаний: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1: Page Down in presentation mode (F11) plays it</source>
        <translation>Открыт %1: в режиме презентации (F11) его листает Page Down</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop the running computation (Esc); the last picture stays</source>
        <translation>Остановить вычисление (Esc); прежняя картинка останется</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source>Stop the solver and keep what it has found so far (Esc)</source>
        <translation>Остановить решатель и оставить найденное (Esc)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Экспортировано: %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message>
        <source>This figure does not move: export it as a picture with Export figure (Ctrl+E).</source>
        <translation>Этот рисунок неподвижен: экспортируйте его как изображение (Экспорт рисунка, Ctrl+E).</translation>
    </message>
    <message>
        <source>Nothing to export yet: the lesson has not finished computing.</source>
        <translation>Экспортировать пока нечего: урок ещё не досчитал.</translation>
    </message>
    <message>
        <source>Drawing the frames of %1…</source>
        <translation>Рисуются кадры %1…</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>Экспорт анимации</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Экспорт отменён; ничего не записано.</translation>
    </message>
    <message>
        <source>Finishing %1…</source>
        <translation>Завершается %1…</translation>
    </message>
    <message>
        <source>Exported %1: %2 frames, %3 s (%4)</source>
        <translation>Экспортировано %1: кадров — %2, %3 с (%4)</translation>
    </message>
    <message>
        <source>Cannot export the animation: %1</source>
        <translation>Не удаётся экспортировать анимацию: %1</translation>
    </message>
    <message>
        <source>Nothing to copy yet: the lesson has not finished computing.</source>
        <translation>Копировать пока нечего: урок ещё не досчитал.</translation>
    </message>
    <message>
        <source>Copied the figure (%1 × %2 pixels): paste it into a slide.</source>
        <translation>Рисунок скопирован (%1 × %2 пикселей): вставьте его в слайд.</translation>
    </message>
    <message>
        <source>Cannot copy the figure: %1</source>
        <translation>Не удаётся скопировать рисунок: %1</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Открыть сеанс</translation>
    </message>
    <message>
        <source>Gradus sessions (*.gradus);;All files (*)</source>
        <translation>Сеансы Gradus (*.gradus);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Сохранить сеанс</translation>
    </message>
    <message>
        <source>Gradus sessions (*.gradus)</source>
        <translation>Сеансы Gradus (*.gradus)</translation>
    </message>
    <message>
        <source>Cannot open the session: %1</source>
        <translation>Не удаётся открыть сеанс: %1</translation>
    </message>
    <message>
        <source>Cannot open the session:
%1</source>
        <translation>Не удаётся открыть сеанс:
%1</translation>
    </message>
    <message numerus="yes">
        <source>Session opened with %n problem(s): %1</source>
        <translation>
            <numerusform>Сеанс открыт, %n замечание: %1</numerusform>
            <numerusform>Сеанс открыт, %n замечания: %1</numerusform>
            <numerusform>Сеанс открыт, %n замечаний: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The session was opened, but:
• %1</source>
        <translation>Сеанс открыт, но:
• %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Открыто: %1</translation>
    </message>
    <message>
        <source>This lesson has no picture of its own to save; use Export figure (Ctrl+E).</source>
        <translation>У этого урока нет собственного изображения; используйте Экспорт рисунка (Ctrl+E).</translation>
    </message>
    <message>
        <source>Save picture</source>
        <translation>Сохранить изображение</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.bmp *.tif *.webp)</source>
        <translation>Изображения (*.png *.jpg *.bmp *.tif *.webp)</translation>
    </message>
    <message>
        <source>Cannot save the picture: %1</source>
        <translation>Не удаётся сохранить изображение: %1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Language kept.</source>
        <translation>Язык не изменился.</translation>
    </message>
    <message>
        <source>The settings hide every lesson (lessons/shown, lessons/hidden in gradus.conf), so all are listed.</source>
        <translation>Настройки скрывают все уроки (lessons/shown, lessons/hidden в gradus.conf), поэтому показаны все.</translation>
    </message>
    <message>
        <source>The settings name lessons that do not exist: %1. Known lessons: gradus list.</source>
        <translation>В настройках указаны несуществующие уроки: %1. Список уроков: gradus list.</translation>
    </message>
</context>
<context>
    <name>gradus::MdsFigure</name>
    <message>
        <source>Objective f against operations spent</source>
        <translation>Целевая функция f в зависимости от затраченных операций</translation>
    </message>
    <message>
        <source>operations (≈13n² per gradient step, 8n² per function value)</source>
        <translation>операции (≈13n² на шаг градиента, 8n² на значение функции)</translation>
    </message>
    <message>
        <source>km</source>
        <translation>км</translation>
    </message>
    <message>
        <source>Objective f against iterations</source>
        <translation>Целевая функция f по итерациям</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>итерация</translation>
    </message>
    <message>
        <source>%1 cities, %2</source>
        <translation>городов: %1, %2</translation>
    </message>
    <message>
        <source>%1 it · %2 ev · f %3 · %4 ms</source>
        <translation>%1 ит. · %2 выч. · f %3 · %4 мс</translation>
    </message>
    <message>
        <source>(the 6 / 15 / 34 table is made for the bundled cities)</source>
        <translation>(таблица 6 / 15 / 34 строится для встроенных городов)</translation>
    </message>
    <message>
        <source>GD: gradient descent, NM: Nelder–Mead. Variables: 2 per city. Same start; Nelder–Mead stops at 200 × variables evaluations.</source>
        <translation>GD — градиентный спуск, NM — Нелдер–Мид. Переменных — 2 на город. Начало одно; Нелдер–Мид останавливается после 200 × (число переменных) вычислений.</translation>
    </message>
    <message>
        <source>true positions</source>
        <translation>истинные положения</translation>
    </message>
    <message>
        <source>iteration %1 of %2, f = %3</source>
        <translation>итерация %1 из %2, f = %3</translation>
    </message>
    <message>
        <source>diverged at step %1 · %2 ms</source>
        <translation>разошёлся на шаге %1 · %2 мс</translation>
    </message>
    <message>
        <source>diverged at step %1: lower the step</source>
        <translation>разошёлся на шаге %1: уменьшите шаг</translation>
    </message>
</context>
<context>
    <name>gradus::MdsLesson</name>
    <message>
        <source>the bundled city table is missing</source>
        <translation>встроенная таблица городов отсутствует</translation>
    </message>
    <message>
        <source>%1: at least three places are needed, found %2</source>
        <translation>%1: нужно хотя бы три места, найдено %2</translation>
    </message>
    <message>
        <source>%1, %2: latitude %3 and longitude %4 are not on Earth (degrees: |lat| ≤ 90, |lon| ≤ 180)</source>
        <translation>%1, %2: широта %3 и долгота %4 — не на Земле (градусы: |широта| ≤ 90, |долгота| ≤ 180)</translation>
    </message>
    <message>
        <source>%1: expected either name, latitude, longitude per row or a square table of distances (a name and %2 numbers per row); found %3 numbers per row</source>
        <translation>%1: ожидались либо строки «название, широта, долгота», либо квадратная таблица расстояний (название и %2 чисел в строке); найдено %3 чисел в строке</translation>
    </message>
    <message>
        <source>%1: the distance from %2 to itself is %3, not 0</source>
        <translation>%1: расстояние от %2 до самого себя — %3, а не 0</translation>
    </message>
    <message>
        <source>%1: a negative distance between %2 and %3</source>
        <translation>%1: отрицательное расстояние между %2 и %3</translation>
    </message>
    <message>
        <source>%1: the table is not symmetric: %2→%3 is %4 but %3→%2 is %5</source>
        <translation>%1: таблица несимметрична: %2→%3 равно %4, а %3→%2 равно %5</translation>
    </message>
    <message>
        <source>%1: the start needs %2 rows of x, y (one per place), found %3</source>
        <translation>%1: для начала нужно %2 строк x, y (по одной на место), найдено %3</translation>
    </message>
    <message>
        <source>%1 operations</source>
        <translation>%1 операций</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Города</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Методы</translation>
    </message>
    <message>
        <source>Gradient descent</source>
        <translation>Градиентный спуск</translation>
    </message>
    <message>
        <source>Nelder–Mead (scipy)</source>
        <translation>Нелдер–Мид (scipy)</translation>
    </message>
    <message>
        <source>SMACOF</source>
        <translation>SMACOF</translation>
    </message>
    <message>
        <source>Classical MDS</source>
        <translation>Классическое MDS</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>0.2/n</source>
        <translation>0.2/n</translation>
    </message>
    <message>
        <source>Gradient descent&apos;s fixed step; at the left end 0.2/n, which converges for these tables.</source>
        <translation>Постоянный шаг градиентного спуска; на левом конце 0.2/n — с ним для этих таблиц спуск сходится.</translation>
    </message>
    <message>
        <source>Backtracking</source>
        <translation>Дробление шага</translation>
    </message>
    <message>
        <source>Halve the step until the objective drops enough (Armijo).</source>
        <translation>Делить шаг пополам, пока значение не упадёт достаточно (Армихо).</translation>
    </message>
    <message>
        <source>Iteration cap</source>
        <translation>Предел итераций</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>авто</translation>
    </message>
    <message>
        <source>auto: scipy&apos;s 200 × variables for Nelder–Mead, 20,000 for gradient descent, 2,000 for SMACOF.</source>
        <translation>авто: как в scipy, 200 × (число переменных) для Нелдера–Мида, 20 000 для градиентного спуска, 2000 для SMACOF.</translation>
    </message>
    <message>
        <source>Distances</source>
        <translation>Расстояния</translation>
    </message>
    <message>
        <source>divided by the largest</source>
        <translation>делённые на наибольшее</translation>
    </message>
    <message>
        <source>in km</source>
        <translation>в км</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Зерно</translation>
    </message>
    <message>
        <source>Random start: uniform points in the unit square.</source>
        <translation>Случайное начало: равномерные точки в единичном квадрате.</translation>
    </message>
    <message>
        <source>Start (CSV: x, y)</source>
        <translation>Начало (CSV: x, y)</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt)</source>
        <translation>Таблицы (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Your places (CSV)</source>
        <translation>Ваши места (CSV)</translation>
    </message>
    <message>
        <source>Rows of name, latitude, longitude; or a square table of distances with a name first in every row.</source>
        <translation>Строки «название, широта, долгота» или квадратная таблица расстояний с названием в начале каждой строки.</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Карты</translation>
    </message>
    <message>
        <source>one per method</source>
        <translation>по одной на метод</translation>
    </message>
    <message>
        <source>overlaid</source>
        <translation>наложенные</translation>
    </message>
    <message>
        <source>City names</source>
        <translation>Названия городов</translation>
    </message>
    <message>
        <source>English</source>
        <translation>по-английски</translation>
    </message>
    <message>
        <source>Russian (as in the seed)</source>
        <translation>по-русски (как в исходном примере)</translation>
    </message>
    <message>
        <source>Chart against</source>
        <translation>Ось графика</translation>
    </message>
    <message>
        <source>operations (the fair comparison)</source>
        <translation>операции (честное сравнение)</translation>
    </message>
    <message>
        <source>iterations</source>
        <translation>итерации</translation>
    </message>
    <message>
        <source>6 cities (12 variables): Nelder–Mead keeps up</source>
        <translation>6 городов (12 переменных): Нелдер–Мид не отстаёт</translation>
    </message>
    <message>
        <source>34 cities (68 variables): Nelder–Mead falls far behind</source>
        <translation>34 города (68 переменных): Нелдер–Мид сильно отстаёт</translation>
    </message>
    <message>
        <source>All 34 with SMACOF and classical MDS</source>
        <translation>Все 34 с SMACOF и классическим MDS</translation>
    </message>
    <message>
        <source>MDS: the map of Europe from its distances</source>
        <translation>MDS: карта Европы по расстояниям</translation>
    </message>
    <message>
        <source>Optimization methods</source>
        <translation>Методы оптимизации</translation>
    </message>
    <message>
        <source>Restore city positions from the distance table: gradient descent against Nelder–Mead as the dimension grows.</source>
        <translation>Восстановить положение городов по таблице расстояний: градиентный спуск против Нелдера–Мида с ростом размерности.</translation>
    </message>
    <message>
        <source>%1 European cities</source>
        <translation>Европейских городов: %1</translation>
    </message>
    <message>
        <source>All distances are zero: there is no map to find.</source>
        <translation>Все расстояния нулевые: искать нечего.</translation>
    </message>
    <message>
        <source>Nelder–Mead</source>
        <translation>Нелдер–Мид</translation>
    </message>
    <message>
        <source>in the interface&apos;s language</source>
        <translation>на языке интерфейса</translation>
    </message>
    <message>
        <source>%1 US cities</source>
        <translation>%1 городов США</translation>
    </message>
    <message>
        <source>%1 of the world&apos;s largest cities</source>
        <translation>%1 крупнейших городов мира</translation>
    </message>
    <message>
        <source>Only the European cities come with coordinates: for this table choose the course&apos;s distances (distances=seed).</source>
        <translation>Координаты есть только у европейских городов: для этой таблицы выберите расстояния из курса (distances=seed).</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Europe: 34 cities of over a million</source>
        <translation>Европа: 34 города-миллионника</translation>
    </message>
    <message>
        <source>USA: 25 cities</source>
        <translation>США: 25 городов</translation>
    </message>
    <message>
        <source>World: 21 largest cities</source>
        <translation>Мир: 21 крупнейший город</translation>
    </message>
    <message>
        <source>The three tables of the course&apos;s MDS notebook; only the European cities come with a true map.</source>
        <translation>Три таблицы из ноутбука курса про MDS; настоящая карта есть только у европейских городов.</translation>
    </message>
    <message>
        <source>Distances from</source>
        <translation>Расстояния</translation>
    </message>
    <message>
        <source>the course&apos;s table (as in the post)</source>
        <translation>из таблицы курса (как в посте)</translation>
    </message>
    <message>
        <source>coordinates (great circles)</source>
        <translation>по координатам (по дугам большого круга)</translation>
    </message>
    <message>
        <source>The notebook optimizes its own table (Moscow–Istanbul 1734.5 km); great circles from the cities&apos; coordinates differ by up to a few per cent (1756.1 km).</source>
        <translation>Ноутбук оптимизирует свою таблицу (Москва — Стамбул 1734,5 км); дуги большого круга по координатам городов отличаются на несколько процентов (1756,1 км).</translation>
    </message>
    <message>
        <source>The first n of the table&apos;s places (the seed: 6, 15, 34 European cities; the USA has 25, the world 21).</source>
        <translation>Первые n мест таблицы (в посте: 6, 15, 34 европейских города; в США 25, в мире 21).</translation>
    </message>
    <message>
        <source>As in the original post</source>
        <translation>Как в исходном посте</translation>
    </message>
    <message>
        <source>race: &apos;%1&apos; is not a step; write positive numbers such as 0.01 or 0.2/n, separated by commas</source>
        <translation>race: «%1» — не шаг; пишите положительные числа, например 0.01 или 0.2/n, через запятую</translation>
    </message>
    <message>
        <source>race: at most four steps side by side, not %1</source>
        <translation>race: не больше четырёх шагов рядом, а не %1</translation>
    </message>
    <message>
        <source>Race of steps</source>
        <translation>Гонка шагов</translation>
    </message>
    <message>
        <source>Several gradient-descent steps side by side, as the course notebook races them: a list such as &apos;0.1/n, 0.2/n, 0.4/n&apos; or &apos;0.005, 0.01&apos; (n: the number of places). Empty: one run with the step above.</source>
        <translation>Несколько шагов градиентного спуска рядом, как в ноутбуке курса: список вида «0.1/n, 0.2/n, 0.4/n» или «0.005, 0.01» (n — число мест). Пусто — один запуск с шагом выше.</translation>
    </message>
    <message>
        <source>A race of steps: 0.1/n, 0.2/n and 0.4/n</source>
        <translation>Гонка шагов: 0.1/n, 0.2/n и 0.4/n</translation>
    </message>
    <message>
        <source>GD η %1</source>
        <translation>GD η %1</translation>
    </message>
</context>
<context>
    <name>gradus::MipFigure</name>
    <message>
        <source>variables</source>
        <translation>переменные</translation>
    </message>
    <message>
        <source>constraints</source>
        <translation>ограничения</translation>
    </message>
    <message>
        <source>Hover over an instance for its name; click it for its row of the table.</source>
        <translation>Наведите на задачу, чтобы увидеть её имя; щёлкните, чтобы увидеть её строку таблицы.</translation>
    </message>
    <message>
        <source>easy: solved in under an hour (%1)</source>
        <translation>лёгкие: решаются меньше чем за час (%1)</translation>
    </message>
    <message>
        <source>hard: solved, but not that fast (%1)</source>
        <translation>трудные: решены, но не так быстро (%1)</translation>
    </message>
    <message>
        <source>open: no one has solved it (%1)</source>
        <translation>открытые: никем не решены (%1)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 instances%4</source>
        <translation>%1: %2 из %3 задач%4</translation>
    </message>
    <message>
        <source>size does not tell how hard: the smallest hard and open instances are named</source>
        <translation>размер не говорит о сложности: подписаны самые маленькие трудные и открытые задачи</translation>
    </message>
    <message>
        <source>%1 (best known)</source>
        <translation>%1 (лучшее известное)</translation>
    </message>
    <message>
        <source>infeasible</source>
        <translation>несовместна</translation>
    </message>
    <message>
        <source>unbounded</source>
        <translation>не ограничена</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>instance</source>
        <translation>задача</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>  binary / integer / continuous</source>
        <translation>  двоичных / целых / непрерывных</translation>
    </message>
    <message>
        <source>nonzeros</source>
        <translation>ненулевых</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>цель</translation>
    </message>
    <message>
        <source>group</source>
        <translation>группа</translation>
    </message>
    <message>
        <source>benchmark set</source>
        <translation>эталонный набор</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Tags: %1. Submitted by %2.</source>
        <translation>Метки: %1. Прислал(а): %2.</translation>
    </message>
</context>
<context>
    <name>gradus::MipLesson</name>
    <message>
        <source>Picture</source>
        <translation>Картинка</translation>
    </message>
    <message>
        <source>MIPLIB: size against difficulty</source>
        <translation>MIPLIB: размер против сложности</translation>
    </message>
    <message>
        <source>LP relaxation and branch and bound in 2D</source>
        <translation>ЛП-релаксация и метод ветвей и границ в 2D</translation>
    </message>
    <message>
        <source>Market split against knapsack, solved by CBC</source>
        <translation>Market split против рюкзака, решает CBC</translation>
    </message>
    <message>
        <source>Solve a model file with CBC</source>
        <translation>Решить файл модели с CBC</translation>
    </message>
    <message>
        <source>What to show: the MIPLIB 2017 collection, or a two-variable integer program solved by branch and bound.</source>
        <translation>Что показать: коллекцию MIPLIB 2017 или целочисленную задачу с двумя переменными, решаемую методом ветвей и границ.</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Целевая функция</translation>
    </message>
    <message>
        <source>max or min of a linear expression in x and y, e.g. max 5x + 4y.</source>
        <translation>max или min линейного выражения от x и y, например max 5x + 4y.</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Ограничения</translation>
    </message>
    <message>
        <source>Linear constraints in x and y separated by semicolons, e.g. 6x + 4y &lt;= 24; x + 2y &lt;= 6; x &gt;= 0; y &gt;= 0. x and y are integers; the region must be bounded.</source>
        <translation>Линейные ограничения на x и y через точку с запятой, например 6x + 4y &lt;= 24; x + 2y &lt;= 6; x &gt;= 0; y &gt;= 0. x и y целые; область должна быть ограничена.</translation>
    </message>
    <message>
        <source>Node order</source>
        <translation>Порядок узлов</translation>
    </message>
    <message>
        <source>depth first</source>
        <translation>в глубину</translation>
    </message>
    <message>
        <source>best bound first</source>
        <translation>по лучшей границе</translation>
    </message>
    <message>
        <source>Which waiting node branch and bound solves next: the newest (depth first, finds integer points soon) or the one with the best LP bound (proves optimality with fewer nodes).</source>
        <translation>Какой из ждущих узлов метод ветвей и границ решает следующим: самый новый (в глубину — быстро находит целые точки) или с лучшей границей ЛП (доказывает оптимальность за меньшее число узлов).</translation>
    </message>
    <message>
        <source>Gomory cuts first</source>
        <translation>Сначала отсечений Гомори</translation>
    </message>
    <message>
        <source>How many Gomory fractional cuts to add, one per frame, before branching (fewer when the LP optimum becomes integral).</source>
        <translation>Сколько дробных отсечений Гомори добавить, по одному на кадр, до ветвления (меньше, если оптимум ЛП станет целым).</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>Файл модели</translation>
    </message>
    <message>
        <source>MIP models (*.mps *.mps.gz *.lp)</source>
        <translation>Модели ЦЛП (*.mps *.mps.gz *.lp)</translation>
    </message>
    <message>
        <source>An MPS or CPLEX LP file, or a MIPLIB 3 sample that Debian ships (p0033, p0201, p0548, lseu; package coinor-libcoinutils-dev). On the command line it implies view=solve.</source>
        <translation>Файл MPS или CPLEX LP либо образец MIPLIB 3 из Debian (p0033, p0201, p0548, lseu; пакет coinor-libcoinutils-dev). В командной строке подразумевает view=solve.</translation>
    </message>
    <message>
        <source>Time limit per solve</source>
        <translation>Предел времени на решение</translation>
    </message>
    <message>
        <source>s</source>
        <translation>с</translation>
    </message>
    <message>
        <source>CBC stops after this many seconds and reports what it has (the best solution and bound so far).</source>
        <translation>CBC останавливается через столько секунд и сообщает, что нашёл (лучшее решение и границу к этому моменту).</translation>
    </message>
    <message>
        <source>Largest market split m</source>
        <translation>Наибольший market split m</translation>
    </message>
    <message>
        <source>Market split instances with m = 2 … this many rows and 10(m − 1) binaries: m = 3 takes about a second, m = 4 ten seconds or more, m = 5 beyond most time limits.</source>
        <translation>Задачи market split с m = 2 … столько строк и 10(m − 1) двоичными переменными: m = 3 — около секунды, m = 4 — десять секунд и больше, m = 5 — за пределами большинства ограничений по времени.</translation>
    </message>
    <message>
        <source>Largest knapsack</source>
        <translation>Наибольший рюкзак</translation>
    </message>
    <message>
        <source>1,000 items</source>
        <translation>1000 предметов</translation>
    </message>
    <message>
        <source>10,000 items</source>
        <translation>10 000 предметов</translation>
    </message>
    <message>
        <source>100,000 items</source>
        <translation>100 000 предметов</translation>
    </message>
    <message>
        <source>Random 0/1 knapsacks with 100, 1,000, … up to this many items: thousands of times larger than a market split, and solved at once.</source>
        <translation>Случайные 0/1-рюкзаки со 100, 1000, … вплоть до стольких предметов: в тысячи раз больше market split — и решаются сразу.</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Зерно генератора</translation>
    </message>
    <message>
        <source>Draws the coefficients of the market split and knapsack instances.</source>
        <translation>Определяет коэффициенты задач market split и рюкзака.</translation>
    </message>
    <message>
        <source>Only tag</source>
        <translation>Только метка</translation>
    </message>
    <message>
        <source>Show only instances with this tag, e.g. binary, knapsack, set_partitioning, integer_knapsack, general_linear (empty: all).</source>
        <translation>Показывать только задачи с этой меткой, например binary, knapsack, set_partitioning, integer_knapsack, general_linear (пусто — все).</translation>
    </message>
    <message>
        <source>Benchmark set only</source>
        <translation>Только эталонный набор</translation>
    </message>
    <message>
        <source>The 240 instances of MIPLIB 2017&apos;s benchmark set.</source>
        <translation>240 задач эталонного набора MIPLIB 2017.</translation>
    </message>
    <message>
        <source>Name the smallest</source>
        <translation>Подписать самые маленькие</translation>
    </message>
    <message>
        <source>How many of the smallest hard and of the smallest open instances to name on the picture.</source>
        <translation>Сколько самых маленьких трудных и открытых задач подписать на картинке.</translation>
    </message>
    <message>
        <source>Collection table (CSV)</source>
        <translation>Таблица коллекции (CSV)</translation>
    </message>
    <message>
        <source>Tables (*.csv)</source>
        <translation>Таблицы (*.csv)</translation>
    </message>
    <message>
        <source>A newer copy of the collection table from miplib.zib.de in the same format; empty: the bundled 2017 table.</source>
        <translation>Более новая таблица коллекции с miplib.zib.de в том же формате; пусто — встроенная таблица 2017 года.</translation>
    </message>
    <message>
        <source>The benchmark set</source>
        <translation>Эталонный набор</translation>
    </message>
    <message>
        <source>Knapsack-type instances</source>
        <translation>Задачи типа рюкзака</translation>
    </message>
    <message>
        <source>Set partitioning</source>
        <translation>Разбиение множества</translation>
    </message>
    <message>
        <source>2D: the integer optimum far from the LP optimum</source>
        <translation>2D: целый оптимум далеко от оптимума ЛП</translation>
    </message>
    <message>
        <source>2D: rounding the LP optimum fails</source>
        <translation>2D: округление оптимума ЛП не работает</translation>
    </message>
    <message>
        <source>2D: Gomory cuts close the gap</source>
        <translation>2D: отсечения Гомори закрывают разрыв</translation>
    </message>
    <message>
        <source>CBC: 30 binaries against 100,000</source>
        <translation>CBC: 30 двоичных переменных против 100 000</translation>
    </message>
    <message>
        <source>CBC: MIPLIB 3&apos;s p0548</source>
        <translation>CBC: p0548 из MIPLIB 3</translation>
    </message>
    <message>
        <source>MIP: size does not predict difficulty</source>
        <translation>ЦЛП: размер не говорит о сложности</translation>
    </message>
    <message>
        <source>Optimization methods</source>
        <translation>Методы оптимизации</translation>
    </message>
    <message>
        <source>MIPLIB 2017 by variables and constraints: some instances with a few dozen variables are unsolved, some with millions are easy.</source>
        <translation>MIPLIB 2017 по числу переменных и ограничений: одни задачи с несколькими десятками переменных не решены, другие с миллионами решаются легко.</translation>
    </message>
    <message>
        <source>MIPLIB 2017</source>
        <translation>MIPLIB 2017</translation>
    </message>
    <message>
        <source>No instance has the tag &apos;%1&apos;%2; tags look like binary, knapsack, set_partitioning.</source>
        <translation>Ни у одной задачи нет метки «%1»%2; метки выглядят так: binary, knapsack, set_partitioning.</translation>
    </message>
    <message>
        <source> in the benchmark set</source>
        <translation> в эталонном наборе</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>метка %1</translation>
    </message>
    <message>
        <source>benchmark set</source>
        <translation>эталонный набор</translation>
    </message>
    <message>
        <source>As in the original post: MIPLIB 2017 by size</source>
        <translation>Как в исходном посте: MIPLIB 2017 по размеру</translation>
    </message>
</context>
<context>
    <name>gradus::MipRelaxation</name>
    <message>
        <source>LP relaxation</source>
        <translation>ЛП-релаксация</translation>
    </message>
    <message>
        <source>cut %1 of %2</source>
        <translation>отсечение %1 из %2</translation>
    </message>
    <message>
        <source>node %1 of %2</source>
        <translation>узел %1 из %2</translation>
    </message>
    <message>
        <source>The program does not parse: %1.</source>
        <translation>Задача не разбирается: %1.</translation>
    </message>
    <message>
        <source>The LP relaxation is unbounded: add bounds on x and y (e.g. x &lt;= 10; y &lt;= 10) so that the region is a polygon.</source>
        <translation>ЛП-релаксация не ограничена: добавьте границы для x и y (например, x &lt;= 10; y &lt;= 10), чтобы область стала многоугольником.</translation>
    </message>
    <message>
        <source>The feasible region is unbounded: add bounds on x and y (e.g. x &lt;= 10; y &lt;= 10).</source>
        <translation>Допустимая область не ограничена: добавьте границы для x и y (например, x &lt;= 10; y &lt;= 10).</translation>
    </message>
    <message>
        <source>The feasible region is too large to draw its lattice points: keep x and y within about ±70.</source>
        <translation>Допустимая область слишком велика, чтобы нарисовать её целые точки: держите x и y примерно в пределах ±70.</translation>
    </message>
    <message>
        <source>The coefficients are too large for exact arithmetic: use smaller numbers.</source>
        <translation>Коэффициенты слишком велики для точной арифметики: возьмите числа поменьше.</translation>
    </message>
</context>
<context>
    <name>gradus::MipSolve</name>
    <message>
        <source>Choose a model file (.mps or .lp) to solve, or one of the MIPLIB 3 samples: %1.</source>
        <translation>Выберите файл модели (.mps или .lp) или один из образцов MIPLIB 3: %1.</translation>
    </message>
    <message>
        <source>none installed</source>
        <translation>не установлены</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Не удаётся прочитать %1: %2.</translation>
    </message>
    <message>
        <source>This view needs the solver CBC, which Gradus runs as a separate program, and it is not installed: install Debian&apos;s coinor-cbc (sudo apt install coinor-cbc). The other views of this lesson work without it.</source>
        <translation>Этому виду нужен решатель CBC, который Gradus запускает как отдельную программу, а он не установлен: установите пакет Debian coinor-cbc (sudo apt install coinor-cbc). Остальные виды этого урока работают без него.</translation>
    </message>
    <message>
        <source>The solver CBC failed: %1</source>
        <translation>Решатель CBC завершился с ошибкой: %1</translation>
    </message>
    <message>
        <source>The MIPLIB 3 sample %1 is missing from this installation of Gradus (it belongs in share/gradus/miplib3 beside the program): reinstall Gradus, or choose your own .mps or .lp file.</source>
        <translation>Образца MIPLIB 3 %1 нет в этой установке Gradus (он должен лежать в share/gradus/miplib3 рядом с программой): переустановите Gradus или выберите свой файл .mps или .lp.</translation>
    </message>
</context>
<context>
    <name>gradus::MiplibTable</name>
    <message>
        <source>&apos;%1&apos; is not a text file</source>
        <translation>«%1» — не текстовый файл</translation>
    </message>
    <message>
        <source>%1: the header has no &apos;%2&apos; column; expected MIPLIB&apos;s collection table (Instance, Status, Variables, Binaries, Integers, Continuous, Constraints, Nonzeros, …)</source>
        <translation>%1: в заголовке нет столбца «%2»; ожидается таблица коллекции MIPLIB (Instance, Status, Variables, Binaries, Integers, Continuous, Constraints, Nonzeros, …)</translation>
    </message>
    <message>
        <source>%1, line %2: no instance name</source>
        <translation>%1, строка %2: нет имени задачи</translation>
    </message>
    <message>
        <source>%1, line %2: status &apos;%3&apos; is none of easy, hard, open</source>
        <translation>%1, строка %2: статус «%3» — ни easy, ни hard, ни open</translation>
    </message>
    <message>
        <source>%1, line %2: &apos;%3&apos; is not a count of %4</source>
        <translation>%1, строка %2: «%3» — не количество (%4)</translation>
    </message>
    <message>
        <source>%1, line %2: objective &apos;%3&apos; is not a number, a number with *, Infeasible, Unbounded or NA</source>
        <translation>%1, строка %2: значение цели «%3» — не число, не число со *, не Infeasible, Unbounded или NA</translation>
    </message>
    <message>
        <source>%1 lists no instances</source>
        <translation>в %1 нет ни одной задачи</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>не удаётся прочитать «%1»: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large for a collection table (%2 MB)</source>
        <translation>«%1» слишком велик для таблицы коллекции (%2 МБ)</translation>
    </message>
</context>
<context>
    <name>gradus::NewtonFigure</name>
    <message>
        <source>Colour: the Hessian&apos;s signature. Click to start both methods there.</source>
        <translation>Цвет — сигнатура гессиана. Щёлкните, чтобы запустить оба метода из этой точки.</translation>
    </message>
    <message>
        <source>Distance to the minimizer |x_k − x*|</source>
        <translation>Расстояние до точки минимума |x_k − x*|</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>итерация</translation>
    </message>
    <message>
        <source>−∇f (blue) and Newton&apos;s −H⁻¹∇f (purple)</source>
        <translation>−∇f (синие) и ньютоновское −H⁻¹∇f (фиолетовые)</translation>
    </message>
    <message>
        <source>Gradient directions −∇f</source>
        <translation>Направления градиента −∇f</translation>
    </message>
    <message>
        <source>Newton directions −H⁻¹∇f</source>
        <translation>Направления Ньютона −H⁻¹∇f</translation>
    </message>
    <message>
        <source>H positive definite (bowl)</source>
        <translation>H положительно определён (чаша)</translation>
    </message>
    <message>
        <source>H indefinite (saddle)</source>
        <translation>H знаконеопределён (седло)</translation>
    </message>
    <message>
        <source>H negative definite (cap)</source>
        <translation>H отрицательно определён (купол)</translation>
    </message>
    <message>
        <source>iterates</source>
        <translation>итерации</translation>
    </message>
    <message>
        <source>tangent parabola</source>
        <translation>касательная парабола</translation>
    </message>
    <message>
        <source>f(x) = %1: Newton&apos;s iterates run away</source>
        <translation>f(x) = %1: итерации Ньютона убегают</translation>
    </message>
    <message>
        <source>f(x) = %1 and Newton&apos;s iterates</source>
        <translation>f(x) = %1 и итерации Ньютона</translation>
    </message>
    <message>
        <source>|x_k − x*|</source>
        <translation>|x_k − x*|</translation>
    </message>
    <message>
        <source>tangent parabola at x_%1 = %2</source>
        <translation>касательная парабола в x_%1 = %2</translation>
    </message>
    <message>
        <source>iteration %1 of %2</source>
        <translation>итерация %1 из %2</translation>
    </message>
    <message>
        <source>gradient descent, η = %1</source>
        <translation>градиентный спуск, η = %1</translation>
    </message>
    <message>
        <source>Newton</source>
        <translation>Ньютон</translation>
    </message>
    <message>
        <source>minima</source>
        <translation>минимумы</translation>
    </message>
    <message>
        <source>minimum</source>
        <translation>минимум</translation>
    </message>
    <message>
        <source>the ideal direction</source>
        <translation>идеальное направление</translation>
    </message>
    <message>
        <source>−∇f</source>
        <translation>−∇f</translation>
    </message>
    <message>
        <source>Newton&apos;s −H⁻¹∇f</source>
        <translation>ньютоновское −H⁻¹∇f</translation>
    </message>
    <message>
        <source>Ideal: straight at the minimum</source>
        <translation>Идеал: прямо в минимум</translation>
    </message>
    <message>
        <source>Gradient descent: −∇f</source>
        <translation>Градиентный спуск: −∇f</translation>
    </message>
    <message>
        <source>Newton: −H⁻¹∇f</source>
        <translation>Ньютон: −H⁻¹∇f</translation>
    </message>
    <message>
        <source>turning: %1 % of the way, frame %2 of %3</source>
        <translation>поворот: пройдено %1 %, кадр %2 из %3</translation>
    </message>
    <message>
        <source>frame %1 of %2</source>
        <translation>кадр %1 из %2</translation>
    </message>
    <message>
        <source>Turning: %1 → %2</source>
        <translation>Поворот: %1 → %2</translation>
    </message>
</context>
<context>
    <name>gradus::NewtonLesson</name>
    <message>
        <source>Dimension</source>
        <translation>Размерность</translation>
    </message>
    <message>
        <source>two variables: direction fields</source>
        <translation>две переменные: поля направлений</translation>
    </message>
    <message>
        <source>one variable: tangent parabolas</source>
        <translation>одна переменная: касательные параболы</translation>
    </message>
    <message>
        <source>2D shows where Newton&apos;s direction points; 1D shows each step as the jump to the vertex of the local parabola.</source>
        <translation>В 2D видно, куда смотрит направление Ньютона; в 1D каждый шаг — прыжок в вершину локальной параболы.</translation>
    </message>
    <message>
        <source>Two variables</source>
        <translation>Две переменные</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Where both methods start; click on a map to choose.</source>
        <translation>Откуда стартуют оба метода; щёлкните по карте, чтобы выбрать.</translation>
    </message>
    <message>
        <source>Direction fields</source>
        <translation>Поля направлений</translation>
    </message>
    <message>
        <source>side by side</source>
        <translation>рядом</translation>
    </message>
    <message>
        <source>overlaid</source>
        <translation>наложенные</translation>
    </message>
    <message>
        <source>GD learning rate</source>
        <translation>Шаг градиентного спуска</translation>
    </message>
    <message>
        <source>One variable</source>
        <translation>Одна переменная</translation>
    </message>
    <message>
        <source>√(1 + x²): converges from |x₀| &lt; 1, diverges beyond</source>
        <translation>√(1 + x²): сходится при |x₀| &lt; 1, дальше расходится</translation>
    </message>
    <message>
        <source>x⁴: only linear convergence (x ← 2x/3)</source>
        <translation>x⁴: только линейная сходимость (x ← 2x/3)</translation>
    </message>
    <message>
        <source>x²: one step</source>
        <translation>x²: один шаг</translation>
    </message>
    <message>
        <source>sin x: runs to the maximum where concave</source>
        <translation>sin x: бежит к максимуму там, где функция вогнута</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Функция</translation>
    </message>
    <message>
        <source>Start x₀</source>
        <translation>Начало x₀</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Итерации</translation>
    </message>
    <message>
        <source>Himmelblau: Newton climbs to the maximum</source>
        <translation>Химмельблау: Ньютон забирается на максимум</translation>
    </message>
    <message>
        <source>Saddle: Newton jumps onto the saddle point</source>
        <translation>Седло: Ньютон прыгает в седловую точку</translation>
    </message>
    <message>
        <source>Rosenbrock: where Newton is trustworthy</source>
        <translation>Розенброк: где Ньютону можно верить</translation>
    </message>
    <message>
        <source>√(1+x²) from 0.9: x ← −x³ converges</source>
        <translation>√(1+x²) из 0.9: x ← −x³ сходится</translation>
    </message>
    <message>
        <source>√(1+x²) from 1.1: x ← −x³ diverges</source>
        <translation>√(1+x²) из 1.1: x ← −x³ расходится</translation>
    </message>
    <message>
        <source>x⁴: Newton only linear</source>
        <translation>x⁴: Ньютон лишь линейный</translation>
    </message>
    <message>
        <source>Newton&apos;s method vs gradient descent</source>
        <translation>Метод Ньютона против градиентного спуска</translation>
    </message>
    <message>
        <source>Optimization methods</source>
        <translation>Методы оптимизации</translation>
    </message>
    <message>
        <source>Why Newton&apos;s method runs to maxima and saddles: direction fields over the Hessian&apos;s signature, and tangent parabolas in 1D.</source>
        <translation>Почему метод Ньютона бежит к максимумам и сёдлам: поля направлений в зависимости от сигнатуры гессиана и касательные параболы в одномерном случае.</translation>
    </message>
    <message>
        <source>As in the original post: x⁴ from 1, Newton only linear</source>
        <translation>Как в исходном посте: x⁴ из 1, Ньютон лишь линеен</translation>
    </message>
    <message>
        <source>one field turning: ideal → −∇f → Newton → ideal</source>
        <translation>одно поворачивающееся поле: идеал → −∇f → Ньютон → идеал</translation>
    </message>
    <message>
        <source>&apos;One field turning&apos; plays the course&apos;s animation over the contours of f: the arrows first point straight at the nearest minimum, then turn into gradient descent&apos;s directions, then into Newton&apos;s, and back.</source>
        <translation>«Одно поворачивающееся поле» проигрывает анимацию курса поверх линий уровня f: стрелки сначала смотрят прямо в ближайший минимум, потом поворачиваются к направлениям градиентного спуска, потом к ньютоновским и обратно.</translation>
    </message>
    <message>
        <source>Frames per stage</source>
        <translation>Кадров на этап</translation>
    </message>
    <message>
        <source>The animation has six stages (three fields and the three turns between them) of this many frames each; the course&apos;s video has 300 at 60 frames per second.</source>
        <translation>В анимации шесть этапов (три поля и три поворота между ними) по столько кадров; в видео курса по 300 при 60 кадрах в секунду.</translation>
    </message>
    <message>
        <source>As in the course&apos;s animation: the field turning from ideal to −∇f to Newton</source>
        <translation>Как в анимации курса: поле поворачивается от идеала к −∇f и к Ньютону</translation>
    </message>
    <message>
        <source>%1 has no minimum for the ideal direction to point at: choose a function with a minimum for the turning field (the others work side by side or overlaid).</source>
        <translation>У функции «%1» нет минимума, в который могло бы смотреть идеальное направление: для поворачивающегося поля выберите функцию с минимумом (остальные работают рядом или наложенными).</translation>
    </message>
</context>
<context>
    <name>gradus::OptimizersFigure</name>
    <message>
        <source>Click to start every method from that point. Drag to pan, scroll to zoom, double-click to reset.</source>
        <translation>Щёлкните, чтобы запустить все методы из этой точки. Перетаскивание — сдвиг, колесо — масштаб, двойной щелчок — исходный вид.</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>итерация</translation>
    </message>
    <message>
        <source>Gradient norm ‖∇f(x_k)‖</source>
        <translation>Норма градиента ‖∇f(x_k)‖</translation>
    </message>
    <message>
        <source>Excess value f(x_k) − f*</source>
        <translation>Превышение f(x_k) − f*</translation>
    </message>
    <message>
        <source>Value f(x_k)</source>
        <translation>Значение f(x_k)</translation>
    </message>
    <message>
        <source>Value f(x_k) (unbounded below)</source>
        <translation>Значение f(x_k) (не ограничена снизу)</translation>
    </message>
    <message>
        <source>%1, tuned η = %2</source>
        <translation>%1, подобранный η = %2</translation>
    </message>
    <message>
        <source>%1, η = %2</source>
        <translation>%1, η = %2</translation>
    </message>
    <message>
        <source>simplex after step %1</source>
        <translation>симплекс после шага %1</translation>
    </message>
    <message>
        <source> (×%1)</source>
        <translation> (×%1)</translation>
    </message>
    <message>
        <source>−η∇f</source>
        <translation>−η∇f</translation>
    </message>
    <message>
        <source>−∇f (direction only)</source>
        <translation>−∇f (только направление)</translation>
    </message>
    <message>
        <source>Newton direction −H⁻¹∇f</source>
        <translation>направление Ньютона −H⁻¹∇f</translation>
    </message>
    <message>
        <source>search direction</source>
        <translation>направление поиска</translation>
    </message>
    <message>
        <source>−η·c (interpolated momentum)</source>
        <translation>−η·c (интерполированный импульс)</translation>
    </message>
    <message>
        <source>−η·momentum</source>
        <translation>−η·импульс</translation>
    </message>
    <message>
        <source>divisor per coordinate</source>
        <translation>делитель по координатам</translation>
    </message>
    <message>
        <source>step taken</source>
        <translation>сделанный шаг</translation>
    </message>
    <message>
        <source>iteration %1 of %2</source>
        <translation>итерация %1 из %2</translation>
    </message>
    <message>
        <source>, gradient noise σ = %1</source>
        <translation>, шум градиента σ = %1</translation>
    </message>
    <message>
        <source>CG direction −∇f + βd₋</source>
        <translation>направление CG −∇f + βd₋</translation>
    </message>
</context>
<context>
    <name>gradus::OptimizersLesson</name>
    <message>
        <source>Momentum μ</source>
        <translation>Импульс μ</translation>
    </message>
    <message>
        <source>ε</source>
        <translation>ε</translation>
    </message>
    <message>
        <source>Smoothing α</source>
        <translation>Сглаживание α</translation>
    </message>
    <message>
        <source>β₁</source>
        <translation>β₁</translation>
    </message>
    <message>
        <source>β₂</source>
        <translation>β₂</translation>
    </message>
    <message>
        <source>Weight decay λ</source>
        <translation>Затухание весов λ</translation>
    </message>
    <message>
        <source>β₁ (interpolation)</source>
        <translation>β₁ (интерполяция)</translation>
    </message>
    <message>
        <source>β₂ (momentum)</source>
        <translation>β₂ (импульс)</translation>
    </message>
    <message>
        <source>as for all methods</source>
        <translation>как у всех методов</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>постоянный</translation>
    </message>
    <message>
        <source>step decay (halve every quarter)</source>
        <translation>ступенчатый (вдвое каждую четверть)</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>косинусный</translation>
    </message>
    <message>
        <source>linear warm-up (10 %)</source>
        <translation>линейный разогрев (10 %)</translation>
    </message>
    <message>
        <source>Gradient descent</source>
        <translation>Градиентный спуск</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Импульс</translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation>Нестеров</translation>
    </message>
    <message>
        <source>Adagrad</source>
        <translation>Adagrad</translation>
    </message>
    <message>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>AdamW</source>
        <translation>AdamW</translation>
    </message>
    <message>
        <source>Lion</source>
        <translation>Lion</translation>
    </message>
    <message>
        <source>Newton</source>
        <translation>Ньютон</translation>
    </message>
    <message>
        <source>Damped Newton</source>
        <translation>Демпфированный Ньютон</translation>
    </message>
    <message>
        <source>BFGS</source>
        <translation>BFGS</translation>
    </message>
    <message>
        <source>Nelder–Mead</source>
        <translation>Нелдер–Мид</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Функция</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>Гонка</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Where every method starts; auto uses the function&apos;s usual start. Click on the map to choose.</source>
        <translation>Откуда стартуют все методы; auto — обычная начальная точка функции. Щёлкните по карте, чтобы выбрать.</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Методы</translation>
    </message>
    <message>
        <source>The methods to race; each keeps its colour.</source>
        <translation>Участники гонки; у каждого свой цвет.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Шаг обучения</translation>
    </message>
    <message>
        <source>PyTorch default</source>
        <translation>как в PyTorch</translation>
    </message>
    <message>
        <source>The step size of every first-order method, unless a method sets its own below. 0 gives each method PyTorch&apos;s default (SGD 1e-3, Adagrad and RMSprop 1e-2, Adam 1e-3, Lion 1e-4). Newton, BFGS and Nelder–Mead do not use it.</source>
        <translation>Величина шага всех методов первого порядка, если метод не задаёт свою ниже. 0 даёт каждому методу значение PyTorch по умолчанию (SGD 1e-3, Adagrad и RMSprop 1e-2, Adam 1e-3, Lion 1e-4). Ньютон, BFGS и Нелдер–Мид его не используют.</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Итерации</translation>
    </message>
    <message>
        <source>Steps of every method.</source>
        <translation>Шагов у каждого метода.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Расписание</translation>
    </message>
    <message>
        <source>How the learning rate changes over the run, for every method unless it sets its own.</source>
        <translation>Как меняется шаг обучения по ходу прогона — для всех методов, если метод не задаёт своё.</translation>
    </message>
    <message>
        <source>Tune each learning rate (fair race)</source>
        <translation>Подобрать шаг каждому (честная гонка)</translation>
    </message>
    <message>
        <source>Try every learning rate of a log grid from 1e-5 to 1 (four per decade) for each first-order method, with this function, start and number of iterations, and race each at the rate that ends lowest. The legend shows the rates chosen.</source>
        <translation>Перебрать шаги по логарифмической сетке от 1e-5 до 1 (четыре на порядок) для каждого метода первого порядка с этой функцией, началом и числом итераций и запустить каждый с шагом, дающим наименьшее итоговое значение. Выбранные шаги — в легенде.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Картинка</translation>
    </message>
    <message>
        <source>contour map</source>
        <translation>карта линий уровня</translation>
    </message>
    <message>
        <source>3D surface</source>
        <translation>поверхность 3D</translation>
    </message>
    <message>
        <source>The 3D surface turns with the mouse (drag to turn, scroll to zoom, right-drag to pan); it needs OpenGL.</source>
        <translation>Поверхность 3D вращается мышью (перетаскивание — поворот, колесо — масштаб, правой кнопкой — сдвиг); нужен OpenGL.</translation>
    </message>
    <message>
        <source>Grid lines on the surface</source>
        <translation>Сетка на поверхности</translation>
    </message>
    <message>
        <source>Step anatomy of</source>
        <translation>Анатомия шага</translation>
    </message>
    <message>
        <source>Draw the pieces of one method&apos;s update at the current iteration: the plain gradient step −η∇f, the momentum or search direction, the per-coordinate scaling (a box) and the step actually taken. Step with ←/→ to see how the rule builds each step.</source>
        <translation>Нарисовать составные части обновления одного метода на текущей итерации: простой шаг по градиенту −η∇f, импульс или направление поиска, масштаб по координатам (прямоугольник) и фактически сделанный шаг. Листайте ←/→, чтобы увидеть, как правило строит каждый шаг.</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>общий</translation>
    </message>
    <message>
        <source>0 (shown as &apos;shared&apos;) uses the learning rate of the race.</source>
        <translation>0 (показан как «общий») — шаг обучения всей гонки.</translation>
    </message>
    <message>
        <source>%1 of %2 (PyTorch&apos;s default: %3).</source>
        <translation>%1 метода %2 (по умолчанию в PyTorch: %3).</translation>
    </message>
    <message>
        <source>Adam vs SGD on Rosenbrock</source>
        <translation>Adam против SGD на функции Розенброка</translation>
    </message>
    <message>
        <source>Lion with a high learning rate oscillates</source>
        <translation>Lion с большим шагом колеблется</translation>
    </message>
    <message>
        <source>Momentum on an ill-conditioned quadratic</source>
        <translation>Импульс на плохо обусловленной квадратичной функции</translation>
    </message>
    <message>
        <source>Saddle point escape</source>
        <translation>Уход из седловой точки</translation>
    </message>
    <message>
        <source>Newton runs to a maximum</source>
        <translation>Ньютон бежит к максимуму</translation>
    </message>
    <message>
        <source>First-order, second-order, quasi-Newton, derivative-free</source>
        <translation>Первый порядок, второй порядок, квазиньютоновский, без производных</translation>
    </message>
    <message>
        <source>Optimizers racing on a surface</source>
        <translation>Гонка оптимизаторов на поверхности</translation>
    </message>
    <message>
        <source>Optimization methods</source>
        <translation>Методы оптимизации</translation>
    </message>
    <message>
        <source>Gradient descent, momentum, Adam, Lion, Newton, BFGS and Nelder–Mead side by side on classic 2D test functions.</source>
        <translation>Градиентный спуск, импульс, Adam, Lion, Ньютон, BFGS и Нелдер–Мид бок о бок на классических двумерных тестовых функциях.</translation>
    </message>
    <message>
        <source>As in the original post: Fromage, AdamW, NAG-GS and Lion on Rosenbrock</source>
        <translation>Как в исходном посте: Fromage, AdamW, NAG-GS и Lion на функции Розенброка</translation>
    </message>
    <message>
        <source>Fromage</source>
        <translation>Fromage</translation>
    </message>
    <message>
        <source>NAG-GS</source>
        <translation>NAG-GS</translation>
    </message>
    <message>
        <source>Convexity μ</source>
        <translation>Выпуклость μ</translation>
    </message>
    <message>
        <source>Initial γ₀</source>
        <translation>Начальное γ₀</translation>
    </message>
    <message>
        <source>Gradient noise σ</source>
        <translation>Шум градиента σ</translation>
    </message>
    <message>
        <source>Every method sees ∇f + σ·ξ with ξ standard Gaussian, as from a stochastic gradient; f itself (and Newton&apos;s Hessian) stays exact. Each method gets the same sequence of noise.</source>
        <translation>Каждый метод видит ∇f + σ·ξ, где ξ — стандартный гауссов шум, как у стохастического градиента; сама f (и гессиан метода Ньютона) точные. Все методы получают одну и ту же последовательность шума.</translation>
    </message>
    <message>
        <source>Noise seed</source>
        <translation>Зерно шума</translation>
    </message>
    <message>
        <source>Draws the gradient noise.</source>
        <translation>Задаёт шум градиента.</translation>
    </message>
    <message>
        <source>Under gradient noise: momentum piles it up, Adam damps it</source>
        <translation>Шум в градиенте: импульс его копит, Adam гасит</translation>
    </message>
    <message>
        <source>CG (Fletcher–Reeves)</source>
        <translation>CG (Флетчер — Ривс)</translation>
    </message>
    <message>
        <source>Wolfe curvature c₂</source>
        <translation>Условие кривизны Вульфа c₂</translation>
    </message>
    <message>
        <source>CG (Polak–Ribière+)</source>
        <translation>CG (Полак — Рибьер+)</translation>
    </message>
    <message>
        <source>Nonlinear CG: Fletcher–Reeves and Polak–Ribière+ with a Wolfe line search</source>
        <translation>Нелинейный CG: Флетчер — Ривс и Полак — Рибьер+ с поиском по Вульфу</translation>
    </message>
    <message>
        <source>GD + backtracking (Armijo)</source>
        <translation>ГС + дробление шага (Армихо)</translation>
    </message>
    <message>
        <source>Backtracking factor ρ</source>
        <translation>Множитель дробления ρ</translation>
    </message>
    <message>
        <source>Sufficient decrease c₁</source>
        <translation>Достаточное убывание c₁</translation>
    </message>
    <message>
        <source>Steepest descent (exact line search)</source>
        <translation>Наискорейший спуск (точный поиск)</translation>
    </message>
</context>
<context>
    <name>gradus::ParamSchema</name>
    <message>
        <source>&apos;%1&apos; is not of the form NAME=VALUE</source>
        <translation>«%1» не имеет вида ИМЯ=ЗНАЧЕНИЕ</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos;; this lesson has: %2</source>
        <translation>неизвестный параметр «%1»; у этого урока есть: %2</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos;</source>
        <translation>неизвестный параметр «%1»</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos; ignored</source>
        <translation>неизвестный параметр «%1» пропущен</translation>
    </message>
    <message>
        <source>; the default is used</source>
        <translation>; взято значение по умолчанию</translation>
    </message>
</context>
<context>
    <name>gradus::ParamSpec</name>
    <message>
        <source>an integer from %1 to %2</source>
        <translation>целое число от %1 до %2</translation>
    </message>
    <message>
        <source>a number from %1 to %2, or inf</source>
        <translation>число от %1 до %2 или inf</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>число от %1 до %2</translation>
    </message>
    <message>
        <source>true or false (also 1/0, yes/no, on/off)</source>
        <translation>true или false (также 1/0, yes/no, on/off)</translation>
    </message>
    <message>
        <source>none, or one or more of (comma-separated): %1</source>
        <translation>ничего или одно или несколько (через запятую) из: %1</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>одно из: %1</translation>
    </message>
    <message>
        <source>one or more of (comma-separated): %1</source>
        <translation>одно или несколько (через запятую) из: %1</translation>
    </message>
    <message>
        <source>a point X,Y with both coordinates from %1 to %2, or auto</source>
        <translation>точка X,Y с обеими координатами от %1 до %2 или auto</translation>
    </message>
    <message>
        <source>a point X,Y with both coordinates from %1 to %2</source>
        <translation>точка X,Y с обеими координатами от %1 до %2</translation>
    </message>
    <message>
        <source>a colour such as #1f77b4 or red</source>
        <translation>цвет, например #1f77b4 или red</translation>
    </message>
    <message>
        <source>a file path (empty for none)</source>
        <translation>путь к файлу (пусто — без файла)</translation>
    </message>
    <message>
        <source>any text</source>
        <translation>любой текст</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos;: &apos;%2&apos; is not valid; expected %3</source>
        <translation>параметр «%1»: недопустимое значение «%2»; ожидается %3</translation>
    </message>
</context>
<context>
    <name>gradus::ParameterPanel</name>
    <message>
        <source>Accepts %1.</source>
        <translation>Допустимо: %1.</translation>
    </message>
    <message>
        <source>Command line: -s %1=%2</source>
        <translation>Командная строка: -s %1=%2</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Восстановить значения по умолчанию</translation>
    </message>
    <message>
        <source>Set every parameter of this lesson back to its default value</source>
        <translation>Вернуть всем параметрам урока значения по умолчанию</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>авто</translation>
    </message>
    <message>
        <source>Let the lesson choose (e.g. the function&apos;s usual start point)</source>
        <translation>Пусть выберет урок (например, обычную начальную точку функции)</translation>
    </message>
    <message>
        <source>none: drop a file here or browse</source>
        <translation>нет: перетащите сюда файл или выберите</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Образцы</translation>
    </message>
    <message>
        <source>Built-in examples</source>
        <translation>Встроенные примеры</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Выберите папку</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Выберите файл</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>gradus::PcaLdaFigure</name>
    <message>
        <source>projection</source>
        <translation>проекция</translation>
    </message>
    <message>
        <source>points</source>
        <translation>точек</translation>
    </message>
    <message>
        <source>angle of the line (degrees)</source>
        <translation>угол прямой (градусы)</translation>
    </message>
    <message>
        <source>÷ largest</source>
        <translation>÷ наибольшее</translation>
    </message>
    <message>
        <source>Turning the line through 180°</source>
        <translation>Поворот прямой на 180°</translation>
    </message>
    <message>
        <source>Two classes: which 1D projection keeps them apart?</source>
        <translation>Два класса: какая одномерная проекция их разделяет?</translation>
    </message>
    <message>
        <source>class A</source>
        <translation>класс A</translation>
    </message>
    <message>
        <source>class B</source>
        <translation>класс B</translation>
    </message>
    <message>
        <source>On PCA&apos;s direction: Fisher ratio %1</source>
        <translation>На направлении PCA: отношение Фишера %1</translation>
    </message>
    <message>
        <source>On LDA&apos;s direction: Fisher ratio %1</source>
        <translation>На направлении LDA: отношение Фишера %1</translation>
    </message>
    <message>
        <source>variance of the projections</source>
        <translation>дисперсия проекций</translation>
    </message>
    <message>
        <source>Fisher ratio</source>
        <translation>отношение Фишера</translation>
    </message>
    <message>
        <source>turning line at %1°: variance %2, Fisher ratio %3</source>
        <translation>вращающаяся прямая под %1°: дисперсия %2, отношение Фишера %3</translation>
    </message>
    <message>
        <source>PCA: largest variance (%1 % of it)</source>
        <translation>PCA: наибольшая дисперсия (%1 % всей)</translation>
    </message>
    <message>
        <source>LDA: classes farthest apart</source>
        <translation>LDA: классы дальше всего друг от друга</translation>
    </message>
    <message>
        <source>One cloud: which line keeps most of its spread?</source>
        <translation>Одно облако: какая прямая сохраняет больше всего разброса?</translation>
    </message>
    <message>
        <source>Variance of the projections as the line turns (÷ largest)</source>
        <translation>Дисперсия проекций при повороте прямой (÷ наибольшую)</translation>
    </message>
    <message>
        <source>turning line at %1°: variance %2</source>
        <translation>поворачивающаяся прямая под %1°: дисперсия %2</translation>
    </message>
    <message>
        <source>projection, from the mean</source>
        <translation>проекция, от среднего</translation>
    </message>
    <message>
        <source>Projections on the turning line: variance %1 (largest %2 at %3°)</source>
        <translation>Проекции на поворачивающуюся прямую: дисперсия %1 (наибольшая %2 при %3°)</translation>
    </message>
</context>
<context>
    <name>gradus::PcaLdaLesson</name>
    <message>
        <source>line at %1°</source>
        <translation>прямая под %1°</translation>
    </message>
    <message>
        <source>Two clouds</source>
        <translation>Два облака</translation>
    </message>
    <message>
        <source>Points in class A</source>
        <translation>Точек в классе A</translation>
    </message>
    <message>
        <source>Points in class B</source>
        <translation>Точек в классе B</translation>
    </message>
    <message>
        <source>Distance between the means</source>
        <translation>Расстояние между средними</translation>
    </message>
    <message>
        <source>Across the clouds&apos; long axis: the direction PCA ignores.</source>
        <translation>Поперёк длинной оси облаков — направление, которое PCA не замечает.</translation>
    </message>
    <message>
        <source>Spread along</source>
        <translation>Разброс вдоль</translation>
    </message>
    <message>
        <source>Standard deviation along the clouds&apos; long axis.</source>
        <translation>Стандартное отклонение вдоль длинной оси облаков.</translation>
    </message>
    <message>
        <source>Spread across</source>
        <translation>Разброс поперёк</translation>
    </message>
    <message>
        <source>Standard deviation across it.</source>
        <translation>Стандартное отклонение поперёк неё.</translation>
    </message>
    <message>
        <source>Long axis at</source>
        <translation>Длинная ось под углом</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Зерно</translation>
    </message>
    <message>
        <source>Your points (CSV: x, y, class)</source>
        <translation>Ваши точки (CSV: x, y, класс)</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt)</source>
        <translation>Таблицы (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Three columns; the class column holds two distinct values.</source>
        <translation>Три столбца; в столбце класса два разных значения.</translation>
    </message>
    <message>
        <source>Clouds apart along their long axis: PCA and LDA agree</source>
        <translation>Облака разнесены вдоль длинной оси: PCA и LDA согласны</translation>
    </message>
    <message>
        <source>Round clouds: PCA follows the separation</source>
        <translation>Круглые облака: PCA следует за разделением</translation>
    </message>
    <message>
        <source>No separation: nothing to find</source>
        <translation>Без разделения: искать нечего</translation>
    </message>
    <message>
        <source>Unequal classes: 30 against 170 points</source>
        <translation>Неравные классы: 30 точек против 170</translation>
    </message>
    <message>
        <source>PCA vs LDA for two classes</source>
        <translation>PCA против LDA для двух классов</translation>
    </message>
    <message>
        <source>Machine learning</source>
        <translation>Машинное обучение</translation>
    </message>
    <message>
        <source>The direction of largest variance can mix two classes that another direction separates: PCA vs Fisher&apos;s LDA, and a turning line with the variance of the projections.</source>
        <translation>Направление наибольшей дисперсии может смешать два класса, которые другое направление разделяет: PCA против LDA Фишера и вращающаяся прямая с дисперсией проекций.</translation>
    </message>
    <message>
        <source>%1: the class column has %2 distinct values; this lesson needs exactly two.</source>
        <translation>%1: в столбце класса %2 разных значений; этому уроку нужно ровно два.</translation>
    </message>
    <message>
        <source>Each class needs at least two points.</source>
        <translation>В каждом классе нужно хотя бы две точки.</translation>
    </message>
    <message>
        <source>The classes have no spread in some direction (all points on a line?): LDA&apos;s direction is not defined.</source>
        <translation>У классов нет разброса в каком-то направлении (все точки на прямой?): направление LDA не определено.</translation>
    </message>
    <message>
        <source>As in the original post: PCA mixes the classes LDA separates</source>
        <translation>Как в исходном посте: PCA смешивает классы, которые разделяет LDA</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Классы</translation>
    </message>
    <message>
        <source>two: PCA against LDA</source>
        <translation>два: PCA против LDA</translation>
    </message>
    <message>
        <source>one cloud: what PCA finds</source>
        <translation>одно облако: что находит PCA</translation>
    </message>
    <message>
        <source>One cloud is the course notebook&apos;s first animation: n correlated points (its recipe: randn(n, 2)·L + (1, 1), L = cholesky([[1, 0.6], [0.6, 0.6]]), numpy&apos;s generator), a line turning through 180° with each point&apos;s projection, and the variance of the projections, largest along the first principal direction.</source>
        <translation>Одно облако — первая анимация из ноутбука курса: n коррелированных точек (его рецепт: randn(n, 2)·L + (1, 1), L = cholesky([[1, 0.6], [0.6, 0.6]]), генератор numpy), прямая, поворачивающаяся на 180°, с проекцией каждой точки, и дисперсия проекций, наибольшая вдоль первого главного направления.</translation>
    </message>
    <message>
        <source>As in the original post: one cloud and the variance of its projections</source>
        <translation>Как в исходном посте: одно облако и дисперсия его проекций</translation>
    </message>
</context>
<context>
    <name>gradus::Player</name>
    <message>
        <source>First frame (Home)</source>
        <translation>Первый кадр (Home)</translation>
    </message>
    <message>
        <source>Step back (Left)</source>
        <translation>Шаг назад (←)</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>Пуск / пауза (пробел)</translation>
    </message>
    <message>
        <source>Step forward (Right)</source>
        <translation>Шаг вперёд (→)</translation>
    </message>
    <message>
        <source>Last frame (End)</source>
        <translation>Последний кадр (End)</translation>
    </message>
    <message>
        <source>Drag to any iteration</source>
        <translation>Перетащите к любой итерации</translation>
    </message>
    <message>
        <source>Playback speed in iterations per second</source>
        <translation>Скорость воспроизведения, итераций в секунду</translation>
    </message>
    <message>
        <source>%1 it/s</source>
        <translation>%1 ит./с</translation>
    </message>
</context>
<context>
    <name>gradus::Playlist</name>
    <message>
        <source>this is not a Gradus playlist (no &quot;format&quot;: &quot;gradus-playlist&quot;)</source>
        <translation>это не плейлист Gradus (нет &quot;format&quot;: &quot;gradus-playlist&quot;)</translation>
    </message>
    <message>
        <source>the playlist has no format version</source>
        <translation>у плейлиста нет версии формата</translation>
    </message>
    <message>
        <source>the playlist was written by a newer Gradus (format %1; this version reads up to %2)</source>
        <translation>плейлист записан более новой версией Gradus (формат %1; эта версия читает до %2)</translation>
    </message>
    <message>
        <source>the playlist&apos;s &quot;sessions&quot; must be a list</source>
        <translation>поле &quot;sessions&quot; плейлиста должно быть списком</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>пропущен: %1</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>сеанс %1: %2</translation>
    </message>
    <message>
        <source>playlist</source>
        <translation>плейлист</translation>
    </message>
</context>
<context>
    <name>gradus::PlaylistPanel</name>
    <message>
        <source>Double-click (or Enter) opens a session; in presentation mode Page Up / Page Down step through them</source>
        <translation>Двойной щелчок (или Enter) открывает сеанс; в режиме презентации их листают Page Up / Page Down</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add the lesson as it is now: parameters and frame</source>
        <translation>Добавить урок в нынешнем виде: параметры и кадр</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Remove the selected session</source>
        <translation>Убрать выбранный сеанс</translation>
    </message>
    <message>
        <source>Move the selected session up</source>
        <translation>Переместить выбранный сеанс выше</translation>
    </message>
    <message>
        <source>Move the selected session down</source>
        <translation>Переместить выбранный сеанс ниже</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <source>Open a playlist (.gradus-playlist)</source>
        <translation>Открыть плейлист (.gradus-playlist)</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <source>Save the playlist</source>
        <translation>Сохранить плейлист</translation>
    </message>
</context>
<context>
    <name>gradus::PnormsFigure</name>
    <message>
        <source>|x₁|^p + |x₂|^p + |x₃|^p = 1, p = %1</source>
        <translation>|x₁|^p + |x₂|^p + |x₃|^p = 1, p = %1</translation>
    </message>
    <message>
        <source>p = %1: a norm, convex</source>
        <translation>p = %1: норма, шар выпуклый</translation>
    </message>
    <message>
        <source>p = %1: a quasinorm, not convex</source>
        <translation>p = %1: квазинорма, шар невыпуклый</translation>
    </message>
    <message>
        <source>‖(½, ½)‖ = %1 &gt; 1</source>
        <translation>‖(½, ½)‖ = %1 &gt; 1</translation>
    </message>
    <message>
        <source>Unit ball {x : ‖x‖_p ≤ 1}, p = %1</source>
        <translation>Единичный шар {x : ‖x‖_p ≤ 1}, p = %1</translation>
    </message>
    <message>
        <source>(|x₁|^p + |x₂|^p)^(1/p) breaks the triangle inequality for p &lt; 1</source>
        <translation>(|x₁|^p + |x₂|^p)^(1/p) при p &lt; 1 нарушает неравенство треугольника</translation>
    </message>
    <message>
        <source>‖x‖_p = (|x₁|^p + |x₂|^p)^(1/p)</source>
        <translation>‖x‖_p = (|x₁|^p + |x₂|^p)^(1/p)</translation>
    </message>
    <message>
        <source>‖x‖_∞ = max(|x₁|, |x₂|)</source>
        <translation>‖x‖_∞ = max(|x₁|, |x₂|)</translation>
    </message>
    <message>
        <source>dual: q = %1</source>
        <translation>двойственная: q = %1</translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <source>Dual ball: q = %1, 1/p + 1/q = 1</source>
        <translation>Двойственный шар: q = %1, 1/p + 1/q = 1</translation>
    </message>
    <message>
        <source>Dual for p &lt; 1: q = ∞, as for p = 1</source>
        <translation>Двойственная при p &lt; 1: q = ∞, как при p = 1</translation>
    </message>
    <message>
        <source>‖y‖_q = max{⟨x, y⟩ : ‖x‖_p ≤ 1}</source>
        <translation>‖y‖_q = max{⟨x, y⟩ : ‖x‖_p ≤ 1}</translation>
    </message>
    <message>
        <source>max ⟨x, y⟩ over the ball is ‖y‖_∞: its convex hull is the diamond</source>
        <translation>max ⟨x, y⟩ по шару равен ‖y‖_∞: его выпуклая оболочка — ромб</translation>
    </message>
</context>
<context>
    <name>gradus::PnormsLesson</name>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>The exponent: 1 is the diamond, 2 the circle, ∞ (the slider&apos;s end, or &quot;inf&quot;) the square; below 1 the ball is not convex. Play sweeps p from 0.1 to ∞.</source>
        <translation>Показатель: 1 — ромб, 2 — круг, ∞ (конец ползунка или «inf») — квадрат; при p меньше 1 шар невыпуклый. Пуск проводит p от 0.1 до ∞.</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Картинка</translation>
    </message>
    <message>
        <source>the plane</source>
        <translation>плоскость</translation>
    </message>
    <message>
        <source>space (3D)</source>
        <translation>пространство (3D)</translation>
    </message>
    <message>
        <source>plane and space</source>
        <translation>плоскость и пространство</translation>
    </message>
    <message>
        <source>The 3D ball turns with the mouse: drag to turn, scroll to zoom, double-click to go back.</source>
        <translation>Трёхмерный шар вращается мышью: перетаскивание — поворот, колесо — масштаб, двойной щелчок — исходный вид.</translation>
    </message>
    <message>
        <source>Also draw p =</source>
        <translation>Нарисовать также p =</translation>
    </message>
    <message>
        <source>Further unit spheres over the main one, as in the seed&apos;s row 0.5, 0.8, 1, 2, 3, ∞.</source>
        <translation>Дополнительные единичные сферы поверх основной, как в исходном ряду 0.5, 0.8, 1, 2, 3, ∞.</translation>
    </message>
    <message>
        <source>Dual norm beside</source>
        <translation>Двойственная норма рядом</translation>
    </message>
    <message>
        <source>The unit ball of the dual norm ‖·‖_q, 1/p + 1/q = 1 (for p ≥ 1).</source>
        <translation>Единичный шар двойственной нормы ‖·‖_q, 1/p + 1/q = 1 (при p ≥ 1).</translation>
    </message>
    <message>
        <source>p = 1 alone: the diamond (Lasso&apos;s ball)</source>
        <translation>Только p = 1: ромб (шар Lasso)</translation>
    </message>
    <message>
        <source>Dual pairs: p = 1.5 and q = 3</source>
        <translation>Двойственная пара: p = 1.5 и q = 3</translation>
    </message>
    <message>
        <source>The ball in space, p = 0.7</source>
        <translation>Шар в пространстве, p = 0.7</translation>
    </message>
    <message>
        <source>Unit balls of p-norms</source>
        <translation>Единичные шары p-норм</translation>
    </message>
    <message>
        <source>Linear algebra</source>
        <translation>Линейная алгебра</translation>
    </message>
    <message>
        <source>The unit ball {x : ‖x‖_p ≤ 1} from p = 0.1 to ∞, in the plane and in space; why p &lt; 1 is not a norm.</source>
        <translation>Единичный шар {x : ‖x‖_p ≤ 1} от p = 0,1 до ∞ на плоскости и в пространстве; почему при p &lt; 1 это не норма.</translation>
    </message>
    <message>
        <source>As in the original post: p = 0.5, 0.8, 1, 2, 3, ∞</source>
        <translation>Как в исходном посте: p = 0,5, 0,8, 1, 2, 3, ∞</translation>
    </message>
</context>
<context>
    <name>gradus::QuadraticMethods</name>
    <message>
        <source>steepest descent</source>
        <translation>наискорейший спуск</translation>
    </message>
    <message>
        <source>conjugate gradients</source>
        <translation>сопряжённые градиенты</translation>
    </message>
    <message>
        <source>gradient descent, 2/(μ + L)</source>
        <translation>градиентный спуск, 2/(μ + L)</translation>
    </message>
    <message>
        <source>heavy ball</source>
        <translation>тяжёлый шарик</translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation>Нестеров</translation>
    </message>
    <message>
        <source>gradient descent, 1/L</source>
        <translation>градиентный спуск, 1/L</translation>
    </message>
    <message>
        <source>Chebyshev recurrence</source>
        <translation>Чебышёв, рекуррентно</translation>
    </message>
    <message>
        <source>Chebyshev steps 1/λᵢ</source>
        <translation>шаги Чебышёва 1/λᵢ</translation>
    </message>
</context>
<context>
    <name>gradus::QuantizationFigure</name>
    <message>
        <source>entry</source>
        <translation>элемент</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>элементов</translation>
    </message>
    <message>
        <source>The decomposition, step by step</source>
        <translation>Разложение, шаг за шагом</translation>
    </message>
    <message>
        <source>step k</source>
        <translation>шаг k</translation>
    </message>
    <message>
        <source>Error ‖X − X̂‖/‖X‖ at the same storage</source>
        <translation>Ошибка ‖X − X̂‖/‖X‖ при одинаковой памяти</translation>
    </message>
    <message>
        <source>bits per entry of X</source>
        <translation>бит на элемент X</translation>
    </message>
    <message>
        <source>X: %1</source>
        <translation>X: %1</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>ошибка %1</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>centroids</source>
        <translation>центроиды</translation>
    </message>
    <message>
        <source>X: %1 entries beyond ±%2</source>
        <translation>X: %1 элементов за ±%2</translation>
    </message>
    <message>
        <source>Entries of X</source>
        <translation>Элементы X</translation>
    </message>
    <message>
        <source>%1 · %2 (%3 %)</source>
        <translation>%1 · %2 (%3 %)</translation>
    </message>
    <message>
        <source>U at step %1: ‖U‖∞ = %2</source>
        <translation>U на шаге %1: ‖U‖∞ = %2</translation>
    </message>
    <message>
        <source>Q₁VQ₂ᵀ: ‖V‖∞ = %1</source>
        <translation>Q₁VQ₂ᵀ: ‖V‖∞ = %1</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>Entries of U, k = %1</source>
        <translation>Элементы U, k = %1</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>Entries of V, k = %1</source>
        <translation>Элементы V, k = %1</translation>
    </message>
    <message>
        <source>scale ±%1</source>
        <translation>шкала ±%1</translation>
    </message>
    <message>
        <source>scale ±%1, max |x| %2</source>
        <translation>шкала ±%1, max |x| %2</translation>
    </message>
    <message>
        <source>÷ ‖X‖</source>
        <translation>÷ ‖X‖</translation>
    </message>
    <message>
        <source>X̂: Kashin + k-means, b = %1</source>
        <translation>X̂: Кашин + k-средних, b = %1</translation>
    </message>
    <message>
        <source>residual</source>
        <translation>остаток</translation>
    </message>
    <message>
        <source>‖U‖∞</source>
        <translation>‖U‖∞</translation>
    </message>
    <message>
        <source>‖V‖∞</source>
        <translation>‖V‖∞</translation>
    </message>
    <message>
        <source>bound</source>
        <translation>граница</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>сетка</translation>
    </message>
    <message>
        <source>k-means</source>
        <translation>k-средних</translation>
    </message>
    <message>
        <source>Kashin + grid</source>
        <translation>Кашин + сетка</translation>
    </message>
    <message>
        <source>Kashin + k-means</source>
        <translation>Кашин + k-средних</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Сетка</translation>
    </message>
    <message>
        <source>b = %1 bits</source>
        <translation>b = %1 бит</translation>
    </message>
    <message>
        <source>Kashin + k-means</source>
        <comment>a legend beside a narrow chart</comment>
        <translation>Кашин + k-ср.</translation>
    </message>
    <message>
        <source>error · bytes (%)</source>
        <translation>ошибка · байты (%)</translation>
    </message>
    <message>
        <source>float32</source>
        <translation>float32</translation>
    </message>
    <message>
        <source>Test accuracy with the layer stored</source>
        <translation>Точность на тесте с сохранённым слоем</translation>
    </message>
    <message>
        <source>% of %1 test images</source>
        <translation>% из %1 тестовых картинок</translation>
    </message>
    <message>
        <source>%1 · test accuracy %2 %</source>
        <translation>%1 · точность на тесте %2 %</translation>
    </message>
</context>
<context>
    <name>gradus::QuantizationLesson</name>
    <message>
        <source>%1 is %2 × %3; the lesson takes matrices up to %4 × %4: cut it, or scale the picture down with “Largest size”.</source>
        <translation>%1 имеет размер %2 × %3; урок берёт матрицы до %4 × %4: обрежьте её или уменьшите картинку полем «Наибольший размер».</translation>
    </message>
    <message>
        <source>%1, grey, %2 × %3</source>
        <translation>%1, серая, %2 × %3</translation>
    </message>
    <message>
        <source>%1: row %2, column %3 is not a finite number</source>
        <translation>%1: строка %2, столбец %3 — не конечное число</translation>
    </message>
    <message>
        <source>%1, %2 × %3</source>
        <translation>%1, %2 × %3</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Матрица</translation>
    </message>
    <message>
        <source>Decomposition</source>
        <translation>Разложение</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Хранение</translation>
    </message>
    <message>
        <source>Random, with outliers (Student t)</source>
        <translation>Случайная, с выбросами (Стьюдент)</translation>
    </message>
    <message>
        <source>A picture, grey</source>
        <translation>Картинка, серая</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Degrees of freedom ν</source>
        <translation>Степени свободы ν</translation>
    </message>
    <message>
        <source>Student&apos;s t: ν = 1 is the Cauchy distribution (huge outliers), large ν is nearly Gaussian.</source>
        <translation>Распределение Стьюдента: ν = 1 — распределение Коши (огромные выбросы), при большом ν оно почти гауссово.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Зерно</translation>
    </message>
    <message>
        <source>Draws the random matrix and the random orthogonal basis.</source>
        <translation>Задаёт случайную матрицу и случайный ортогональный базис.</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Картинка</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.ppm *.pgm)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.ppm *.pgm)</translation>
    </message>
    <message>
        <source>A picture file or a built-in sample (%1), taken in grey.</source>
        <translation>Файл картинки или встроенный образец (%1), в оттенках серого.</translation>
    </message>
    <message>
        <source>Largest size</source>
        <translation>Наибольший размер</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>пикселей</translation>
    </message>
    <message>
        <source>The picture is scaled down to this many pixels first; each step multiplies matrices of its size.</source>
        <translation>Сначала картинка уменьшается до стольких пикселей; каждый шаг перемножает матрицы её размера.</translation>
    </message>
    <message>
        <source>CSV matrix</source>
        <translation>Матрица CSV</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt)</source>
        <translation>Таблицы (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Orthogonal Q</source>
        <translation>Ортогональная Q</translation>
    </message>
    <message>
        <source>Random orthogonal (Haar)</source>
        <translation>Случайная ортогональная (Хаар)</translation>
    </message>
    <message>
        <source>Discrete cosine transform</source>
        <translation>Дискретное косинусное преобразование</translation>
    </message>
    <message>
        <source>X = U + Q₁VQ₂ᵀ. A random orthogonal Q works for almost every matrix (Kashin&apos;s theorem) and is stored as its seed; the DCT is fast and stores nothing, but a matrix concentrated in both bases at once defeats it.</source>
        <translation>X = U + Q₁VQ₂ᵀ. Случайная ортогональная Q подходит почти для любой матрицы (теорема Кашина) и хранится как зерно; ДКП быстрое и ничего не хранит, но матрица, сосредоточенная сразу в обоих базисах, его побеждает.</translation>
    </message>
    <message>
        <source>Shrink η</source>
        <translation>Сжатие η</translation>
    </message>
    <message>
        <source>The clipping level shrinks by η every step. Smaller η: smaller factors, but too small and the residual stops falling.</source>
        <translation>Уровень обрезки уменьшается в η раз за шаг. Меньше η — меньше слагаемые, но при слишком малом η остаток перестаёт падать.</translation>
    </message>
    <message>
        <source>Level δ</source>
        <translation>Уровень δ</translation>
    </message>
    <message>
        <source>The first clipping level is ‖X‖_F/√(2δN) with N = 2mn: larger δ clips harder.</source>
        <translation>Первый уровень обрезки ‖X‖_F/√(2δN), N = 2mn: чем больше δ, тем сильнее обрезка.</translation>
    </message>
    <message>
        <source>Steps at most</source>
        <translation>Шагов не больше</translation>
    </message>
    <message>
        <source>The decomposition stops earlier when the residual is below 10⁻¹² of ‖X‖.</source>
        <translation>Разложение останавливается раньше, когда остаток меньше 10⁻¹² от ‖X‖.</translation>
    </message>
    <message>
        <source>Bits per entry</source>
        <translation>Бит на элемент</translation>
    </message>
    <message>
        <source>The budget shown in the pictures and histograms: bits per entry of X. Kashin splits it, ⌈b/2⌉ bits for U and ⌊b/2⌋ for V, so that both parts together cost the same.</source>
        <translation>Бюджет, показанный на картинках и гистограммах: бит на элемент X. Кашин делит его: ⌈b/2⌉ бит на U и ⌊b/2⌋ на V, так что оба слагаемых вместе стоят столько же.</translation>
    </message>
    <message>
        <source>Cauchy outliers: uniform quantization breaks down</source>
        <translation>Выбросы Коши: равномерная квантизация ломается</translation>
    </message>
    <message>
        <source>Nearly Gaussian: little to gain</source>
        <translation>Почти гауссова: выигрыш мал</translation>
    </message>
    <message>
        <source>A photo and the DCT: edges in U, shading in Q₁VQ₂ᵀ</source>
        <translation>Фотография и ДКП: края в U, переходы в Q₁VQ₂ᵀ</translation>
    </message>
    <message>
        <source>η too small: the residual stalls</source>
        <translation>η слишком мало: остаток застревает</translation>
    </message>
    <message>
        <source>As in the original post: the poster&apos;s two clustered summands</source>
        <translation>Как в исходном посте: два хорошо квантуемых слагаемых с постера</translation>
    </message>
    <message>
        <source>Student t, ν = %1, %2 × %3</source>
        <translation>Стьюдент, ν = %1, %2 × %3</translation>
    </message>
    <message>
        <source>Kashin quantization</source>
        <translation>Квантизация Кашина</translation>
    </message>
    <message>
        <source>Linear algebra</source>
        <translation>Линейная алгебра</translation>
    </message>
    <message>
        <source>Split a matrix with outliers into two parts with small, clustered entries that a few centroids store well.</source>
        <translation>Разложить матрицу с выбросами на два слагаемых с малыми, сгруппированными элементами, которые хорошо хранят несколько центроидов.</translation>
    </message>
    <message>
        <source>Numbers separated by commas, semicolons, tabs or spaces, one row of the matrix per line. When set, it replaces the matrix chosen above.</source>
        <translation>Числа через запятую, точку с запятой, табуляцию или пробел, по строке матрицы на строку. Если файл задан, он заменяет выбранную выше матрицу.</translation>
    </message>
    <message>
        <source>MLP&apos;s output layer, %1 × %2</source>
        <translation>выходной слой MLP, %1 × %2</translation>
    </message>
    <message>
        <source>MLP&apos;s hidden layer, %1 × %2</source>
        <translation>скрытый слой MLP, %1 × %2</translation>
    </message>
    <message>
        <source>A layer of the landscape lesson&apos;s network</source>
        <translation>Слой сети из урока о ландшафтах</translation>
    </message>
    <message>
        <source>What is quantized. Language-model weights are mostly small with a few large outliers; Student&apos;s t with few degrees of freedom has such tails. A network&apos;s layer also shows what the storage costs in test accuracy.</source>
        <translation>Что квантуется. Веса языковых моделей в основном малы, но есть немного больших выбросов; у распределения Стьюдента с малым числом степеней свободы такие хвосты. Слой сети показывает ещё, чего хранение стоит в точности на тесте.</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Слой</translation>
    </message>
    <message>
        <source>hidden: 784 pixels → 128 units</source>
        <translation>скрытый: 784 пикселя → 128 нейронов</translation>
    </message>
    <message>
        <source>output: 128 units → 10 classes</source>
        <translation>выходной: 128 нейронов → 10 классов</translation>
    </message>
    <message>
        <source>A weight matrix of the landscape lesson&apos;s default network (an MLP trained on 1,000 Fashion-MNIST images, the same run that lesson trains and keeps); the network with the stored layer is measured on 1,000 test images.</source>
        <translation>Матрица весов сети урока о ландшафтах по умолчанию (MLP, обученный на 1000 картинок Fashion-MNIST, — то же обучение, которое проводит и сохраняет тот урок); сеть с сохранённым слоем проверяется на 1000 тестовых картинок.</translation>
    </message>
    <message>
        <source>A trained network&apos;s hidden layer: what each bit costs in accuracy</source>
        <translation>Скрытый слой обученной сети: чего стоит каждый бит в точности</translation>
    </message>
</context>
<context>
    <name>gradus::QuantizationResult</name>
    <message>
        <source>step %1 of %2</source>
        <translation>шаг %1 из %2</translation>
    </message>
</context>
<context>
    <name>gradus::RegularizationFigure</name>
    <message>
        <source>α in (1/2n)‖y − Xw‖² + α‖w‖₁</source>
        <translation>α в (1/2n)‖y − Xw‖² + α‖w‖₁</translation>
    </message>
    <message>
        <source>standardized coefficient</source>
        <translation>стандартизованный коэффициент</translation>
    </message>
    <message>
        <source>α in ‖y − Xw‖² + α‖w‖²</source>
        <translation>α в ‖y − Xw‖² + α‖w‖²</translation>
    </message>
    <message>
        <source>Ridge: coefficients shrink, none reaches 0</source>
        <translation>Ridge: коэффициенты сжимаются, ни один не доходит до 0</translation>
    </message>
    <message>
        <source>Lasso at α = %1: %2 of %3 coefficients ≠ 0</source>
        <translation>Lasso при α = %1: %2 из %3 коэффициентов ≠ 0</translation>
    </message>
    <message>
        <source>level line through the solution</source>
        <translation>линия уровня через решение</translation>
    </message>
    <message>
        <source>least-squares solution ŵ as the data change</source>
        <translation>решение МНК ŵ при изменении данных</translation>
    </message>
    <message>
        <source>least squares ŵ = %1</source>
        <translation>МНК ŵ = %1</translation>
    </message>
    <message>
        <source>solution %1: sparse</source>
        <translation>решение %1: разреженное</translation>
    </message>
    <message>
        <source>solution %1</source>
        <translation>решение %1</translation>
    </message>
    <message>
        <source>min ‖Xw − y‖² subject to ‖w‖%1 ≤ %2</source>
        <translation>min ‖Xw − y‖² при ‖w‖%1 ≤ %2</translation>
    </message>
    <message>
        <source>sparse in %1 of %2 frames so far (%3 %)</source>
        <translation>разреженное в %1 из %2 кадров (%3 %)</translation>
    </message>
    <message>
        <source>design turned %1°, </source>
        <translation>матрица повёрнута на %1°, </translation>
    </message>
</context>
<context>
    <name>gradus::RegularizationLesson</name>
    <message>
        <source>α = %1</source>
        <translation>α = %1</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Картинка</translation>
    </message>
    <message>
        <source>constrained least squares in 2D</source>
        <translation>МНК с ограничением в 2D</translation>
    </message>
    <message>
        <source>Lasso and Ridge paths on real data</source>
        <translation>Пути Lasso и Ridge на реальных данных</translation>
    </message>
    <message>
        <source>2D: the solution over the diamond (L1) and over the disc (L2). Paths: every coefficient as the penalty shrinks.</source>
        <translation>2D: решение на ромбе (L1) и на круге (L2). Пути: каждый коэффициент по мере ослабления штрафа.</translation>
    </message>
    <message>
        <source>Constrained, in 2D</source>
        <translation>С ограничением, в 2D</translation>
    </message>
    <message>
        <source>Ball radius t</source>
        <translation>Радиус шара t</translation>
    </message>
    <message>
        <source>The constraint ‖w‖₁ ≤ t (left) and ‖w‖₂ ≤ t (right).</source>
        <translation>Ограничение ‖w‖₁ ≤ t (слева) и ‖w‖₂ ≤ t (справа).</translation>
    </message>
    <message>
        <source>True weights&apos; circle</source>
        <translation>Окружность истинных весов</translation>
    </message>
    <message>
        <source>The true weights go once around a circle of this radius about the origin; 0 keeps them at the centre of the circle.</source>
        <translation>Истинные веса один раз обходят окружность такого радиуса; 0 оставляет их в её центре.</translation>
    </message>
    <message>
        <source>Circle&apos;s centre</source>
        <translation>Центр окружности</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Кадры</translation>
    </message>
    <message>
        <source>Positions of the true weights around the circle.</source>
        <translation>Положений истинных весов на окружности.</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Наблюдения</translation>
    </message>
    <message>
        <source>Singular values of X</source>
        <translation>Сингулярные числа X</translation>
    </message>
    <message>
        <source>The design matrix&apos;s two singular values: their ratio stretches the level lines.</source>
        <translation>Два сингулярных числа матрицы плана: их отношение вытягивает линии уровня.</translation>
    </message>
    <message>
        <source>Noise σ</source>
        <translation>Шум σ</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Зерно</translation>
    </message>
    <message>
        <source>Your data (CSV: x₁, x₂, y)</source>
        <translation>Ваши данные (CSV: x₁, x₂, y)</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt)</source>
        <translation>Таблицы (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Rows of two features and a response: the picture then shows that one problem (one frame).</source>
        <translation>Строки из двух признаков и отклика: картинка тогда показывает одну эту задачу (один кадр).</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Пути</translation>
    </message>
    <message>
        <source>Table (CSV, last column y)</source>
        <translation>Таблица (CSV, последний столбец — y)</translation>
    </message>
    <message>
        <source>Features in the columns, the response in the last one; empty: the diabetes data (442 patients, 10 features, Efron et al. 2004). Columns are standardized.</source>
        <translation>Признаки в столбцах, отклик в последнем; пусто — данные о диабете (442 пациента, 10 признаков, Efron et al. 2004). Столбцы стандартизуются.</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>Штрафы</translation>
    </message>
    <message>
        <source>Values of α on a log grid, from the one where every Lasso coefficient is zero down to 1/1000 of it.</source>
        <translation>Значения α на логарифмической сетке — от того, при котором все коэффициенты Lasso нулевые, до его 1/1000.</translation>
    </message>
    <message>
        <source>Round level lines (equal singular values): sparsity is rarer</source>
        <translation>Круглые линии уровня (равные сингулярные числа): разреженность реже</translation>
    </message>
    <message>
        <source>A big ball: the constraint is inactive</source>
        <translation>Большой шар: ограничение неактивно</translation>
    </message>
    <message>
        <source>Lasso and Ridge paths on the diabetes data</source>
        <translation>Пути Lasso и Ridge на данных о диабете</translation>
    </message>
    <message>
        <source>L1 vs L2 regularization</source>
        <translation>Регуляризация L1 против L2</translation>
    </message>
    <message>
        <source>Machine learning</source>
        <translation>Машинное обучение</translation>
    </message>
    <message>
        <source>Least squares over the L1 diamond lands on a corner (a zero weight) far more often than over the L2 disc; Lasso paths reach exactly zero.</source>
        <translation>Наименьшие квадраты на ромбе L1 попадают в угол (нулевой вес) гораздо чаще, чем на круге L2; пути Lasso доходят ровно до нуля.</translation>
    </message>
    <message>
        <source>%1 has fewer than three rows</source>
        <translation>в %1 меньше трёх строк</translation>
    </message>
    <message>
        <source>x%1</source>
        <translation>x%1</translation>
    </message>
    <message>
        <source>A column of %1 is constant; remove it.</source>
        <translation>Один из столбцов %1 постоянен; уберите его.</translation>
    </message>
    <message>
        <source>%1 has fewer than two rows</source>
        <translation>в %1 меньше двух строк</translation>
    </message>
    <message>
        <source>The two features are collinear: the least-squares solution is not unique.</source>
        <translation>Два признака коллинеарны: решение МНК не единственно.</translation>
    </message>
    <message>
        <source>What moves</source>
        <translation>Что движется</translation>
    </message>
    <message>
        <source>the true weights, around a circle</source>
        <translation>истинные веса, по окружности</translation>
    </message>
    <message>
        <source>the design turns, then the true weights go round a rectangle</source>
        <translation>поворачивается матрица, потом истинные веса обходят прямоугольник</translation>
    </message>
    <message>
        <source>The circle: the true weights go once round it. The course notebook&apos;s motion, in six equal parts: the design turns through 360° (the level ellipses turn) at w = (3, 1.8); w₁ slides to −2.5; the design turns again; w₂ slides to −1.3, w₁ back to 3, w₂ back to 1.8.</source>
        <translation>Окружность: истинные веса обходят её один раз. Движение из ноутбука курса, шесть равных частей: матрица поворачивается на 360° (эллипсы уровня поворачиваются) при w = (3, 1.8); w₁ сдвигается до −2.5; матрица снова поворачивается; w₂ сдвигается до −1.3, w₁ обратно до 3, w₂ обратно до 1.8.</translation>
    </message>
    <message>
        <source>Design from</source>
        <translation>Матрица X</translation>
    </message>
    <message>
        <source>a random rotation (ours)</source>
        <translation>случайный поворот (наш)</translation>
    </message>
    <message>
        <source>the SVD of a Gaussian matrix (the notebook&apos;s)</source>
        <translation>SVD гауссовой матрицы (как в ноутбуке)</translation>
    </message>
    <message>
        <source>Both give X the chosen singular values. Ours: U from the QR of a Gaussian matrix and V a random rotation. The notebook&apos;s: the SVD of randn(n, 2) with its singular values replaced, drawn as numpy draws them, so that seed 1984 gives the notebook&apos;s very data.</source>
        <translation>Оба способа дают X с выбранными сингулярными числами. Наш: U из QR гауссовой матрицы и V — случайный поворот. Из ноутбука: SVD матрицы randn(n, 2) с заменёнными сингулярными числами, случайные числа — как у numpy, так что зерно 1984 даёт в точности данные ноутбука.</translation>
    </message>
    <message>
        <source>As in the original post: its data (seed 1984) and its motion</source>
        <translation>Как в исходном посте: его данные (зерно 1984) и его движение</translation>
    </message>
    <message>
        <source>15 samples, singular values 1 and 2.14, the true weights round a circle</source>
        <translation>15 точек, сингулярные числа 1 и 2.14, истинные веса по окружности</translation>
    </message>
</context>
<context>
    <name>gradus::RelaxationPane</name>
    <message>
        <source>Hover over a lattice point for its coordinates and objective value.</source>
        <translation>Наведите на целую точку, чтобы увидеть её координаты и значение цели.</translation>
    </message>
    <message>
        <source>%1 %2 over the integer points</source>
        <translation>%1 %2 по целым точкам</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>Branch and bound, depth first</source>
        <translation>Ветви и границы, в глубину</translation>
    </message>
    <message>
        <source>Branch and bound, best bound first</source>
        <translation>Ветви и границы, по лучшей границе</translation>
    </message>
    <message>
        <source>LP relaxation with the cuts</source>
        <translation>ЛП-релаксация с отсечениями</translation>
    </message>
    <message>
        <source>LP relaxation</source>
        <translation>ЛП-релаксация</translation>
    </message>
    <message>
        <source>Gomory cuts</source>
        <translation>Отсечения Гомори</translation>
    </message>
    <message>
        <source>(%1, %2): %3</source>
        <translation>(%1, %2): %3</translation>
    </message>
    <message>
        <source>(%1, %2): infeasible</source>
        <translation>(%1, %2): недопустима</translation>
    </message>
    <message>
        <source>The LP relaxation is infeasible: no point satisfies every constraint.</source>
        <translation>ЛП-релаксация несовместна: ни одна точка не удовлетворяет всем ограничениям.</translation>
    </message>
    <message>
        <source>infeasible</source>
        <translation>недопустима</translation>
    </message>
    <message>
        <source>objective level of the LP optimum</source>
        <translation>уровень цели в оптимуме ЛП</translation>
    </message>
    <message>
        <source>objective level of the integer optimum</source>
        <translation>уровень цели в целом оптимуме</translation>
    </message>
    <message>
        <source>direction of decrease</source>
        <translation>направление убывания</translation>
    </message>
    <message>
        <source>direction of increase</source>
        <translation>направление возрастания</translation>
    </message>
    <message>
        <source>LP optimum %1 = %2</source>
        <translation>оптимум ЛП %1 = %2</translation>
    </message>
    <message>
        <source>integer optimum (%1, %2) = %3</source>
        <translation>целый оптимум (%1, %2) = %3</translation>
    </message>
    <message>
        <source>rounded (%1, %2) = %3, not optimal</source>
        <translation>округление (%1, %2) = %3, не оптимально</translation>
    </message>
    <message>
        <source>rounded (%1, %2): infeasible</source>
        <translation>округление (%1, %2): недопустимо</translation>
    </message>
    <message>
        <source>LP optimum</source>
        <translation>оптимум ЛП</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>integer optimum</source>
        <translation>целый оптимум</translation>
    </message>
    <message>
        <source>(%1, %2) = %3</source>
        <translation>(%1, %2) = %3</translation>
    </message>
    <message>
        <source>integrality gap</source>
        <translation>разрыв целочисленности</translation>
    </message>
    <message>
        <source>none: no lattice point is feasible</source>
        <translation>нет: ни одна целая точка не допустима</translation>
    </message>
    <message>
        <source>LP optimum rounded</source>
        <translation>округлённый оптимум ЛП</translation>
    </message>
    <message>
        <source>feasible lattice points</source>
        <translation>допустимых целых точек</translation>
    </message>
    <message>
        <source>Play: branch and bound, one node per step.</source>
        <translation>Пуск: метод ветвей и границ, по узлу на шаг.</translation>
    </message>
    <message>
        <source>Play: %1 Gomory cuts, then branch and bound.</source>
        <translation>Пуск: отсечений Гомори — %1, затем ветви и границы.</translation>
    </message>
    <message>
        <source>cut %1</source>
        <translation>отсечение %1</translation>
    </message>
    <message>
        <source>LP optimum now</source>
        <translation>оптимум ЛП теперь</translation>
    </message>
    <message>
        <source>gap closed</source>
        <translation>разрыв закрыт</translation>
    </message>
    <message>
        <source>The LP optimum is integral: the cuts alone solved the program.</source>
        <translation>Оптимум ЛП целый: задачу решили одни отсечения.</translation>
    </message>
    <message>
        <source>A Gomory cut: every lattice point satisfies it, the LP optimum does not.</source>
        <translation>Отсечение Гомори: ему удовлетворяют все целые точки, но не оптимум ЛП.</translation>
    </message>
    <message>
        <source>root
LP %1</source>
        <translation>корень
ЛП %1</translation>
    </message>
    <message>
        <source>1 node in all</source>
        <translation>всего 1 узел</translation>
    </message>
    <message>
        <source>%1 nodes in all</source>
        <translation>всего узлов: %1</translation>
    </message>
    <message>
        <source>waiting nodes</source>
        <translation>ждущие узлы</translation>
    </message>
    <message>
        <source>current node</source>
        <translation>текущий узел</translation>
    </message>
    <message>
        <source>branching</source>
        <translation>ветвление</translation>
    </message>
    <message>
        <source>node LP %1 = %2</source>
        <translation>ЛП узла %1 = %2</translation>
    </message>
    <message>
        <source>incumbent (%1, %2) = %3</source>
        <translation>рекорд (%1, %2) = %3</translation>
    </message>
    <message>
        <source>LP %1</source>
        <translation>ЛП %1</translation>
    </message>
    <message>
        <source>waiting
</source>
        <translation>ждёт
</translation>
    </message>
    <message>
        <source>
integer ✓</source>
        <translation>
целое ✓</translation>
    </message>
    <message>
        <source>infeasible
</source>
        <translation>недопустим
</translation>
    </message>
    <message>
        <source>
pruned</source>
        <translation>
отсечён</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>best bound %1 · incumbent %2 · %3 waiting</source>
        <translation>лучшая граница %1 · рекорд %2 · ждут %3</translation>
    </message>
    <message>
        <source>fractional: branch on %1</source>
        <translation>дробное: ветвление по %1</translation>
    </message>
    <message>
        <source>integral: the new incumbent</source>
        <translation>целое: новый рекорд</translation>
    </message>
    <message>
        <source>infeasible: pruned</source>
        <translation>недопустимо: отсечён</translation>
    </message>
    <message>
        <source>bound no better than the incumbent: pruned</source>
        <translation>граница не лучше рекорда: отсечён</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>остановлено</translation>
    </message>
    <message>
        <source>node</source>
        <translation>узел</translation>
    </message>
    <message>
        <source>root</source>
        <translation>корень</translation>
    </message>
    <message>
        <source>its LP</source>
        <translation>его ЛП</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>решение</translation>
    </message>
    <message>
        <source>incumbent</source>
        <translation>рекорд</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>разрыв</translation>
    </message>
    <message>
        <source>Done after %1 nodes: the incumbent is optimal (listing all lattice points agrees: %2).</source>
        <translation>Готово за %1 узлов: рекорд оптимален (перебор всех целых точек согласен: %2).</translation>
    </message>
    <message>
        <source>Done: no integer point is feasible.</source>
        <translation>Готово: ни одна целая точка не допустима.</translation>
    </message>
</context>
<context>
    <name>gradus::RotationsFigure</name>
    <message>
        <source>A: %1, B: %2.   ‖AB − BA‖_F = %3 %4.   In the plane: ‖AB − BA‖_F = %5.</source>
        <translation>A: %1, B: %2.   ‖AB − BA‖_F = %3 %4.   На плоскости: ‖AB − BA‖_F = %5.</translation>
    </message>
    <message>
        <source>— the order matters</source>
        <translation>— порядок важен</translation>
    </message>
    <message>
        <source>— these two commute</source>
        <translation>— эти два коммутируют</translation>
    </message>
    <message>
        <source>A first, then B: ends at BA</source>
        <translation>Сначала A, потом B: итог BA</translation>
    </message>
    <message>
        <source>B first, then A: ends at AB</source>
        <translation>Сначала B, потом A: итог AB</translation>
    </message>
    <message>
        <source>start</source>
        <translation>начало</translation>
    </message>
    <message>
        <source>%1° first, then %2°</source>
        <translation>сначала %1°, потом %2°</translation>
    </message>
    <message>
        <source>In the plane the order does not matter</source>
        <translation>На плоскости порядок не важен</translation>
    </message>
    <message>
        <source>both end turned by %1°</source>
        <translation>оба в итоге повёрнуты на %1°</translation>
    </message>
</context>
<context>
    <name>gradus::RotationsLesson</name>
    <message>
        <source>second turn %1 %</source>
        <translation>второй поворот %1 %</translation>
    </message>
    <message>
        <source>first turn %1 %</source>
        <translation>первый поворот %1 %</translation>
    </message>
    <message>
        <source>x: across the screen</source>
        <translation>x: вдоль экрана</translation>
    </message>
    <message>
        <source>y: up the screen</source>
        <translation>y: вверх по экрану</translation>
    </message>
    <message>
        <source>z: toward you</source>
        <translation>z: к вам</translation>
    </message>
    <message>
        <source>another axis</source>
        <translation>другая ось</translation>
    </message>
    <message>
        <source>Right-hand rule: with the thumb along the axis, positive angles turn the way the fingers curl. −90° about x turns the front up; 90° about y turns it right.</source>
        <translation>Правило правой руки: если большой палец направлен вдоль оси, положительные углы поворачивают туда, куда загибаются пальцы. −90° вокруг x поднимает нос вверх; 90° вокруг y поворачивает его вправо.</translation>
    </message>
    <message>
        <source>Rotation A</source>
        <translation>Поворот A</translation>
    </message>
    <message>
        <source>Rotation B</source>
        <translation>Поворот B</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Ось</translation>
    </message>
    <message>
        <source>Axis vector</source>
        <translation>Вектор оси</translation>
    </message>
    <message>
        <source>Three numbers x,y,z, not all zero.</source>
        <translation>Три числа x,y,z, не все нули.</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>Угол</translation>
    </message>
    <message>
        <source>In the plane</source>
        <translation>На плоскости</translation>
    </message>
    <message>
        <source>Show the plane</source>
        <translation>Показать плоскость</translation>
    </message>
    <message>
        <source>Two rotations of the plane, in both orders: they always end in the same place.</source>
        <translation>Два поворота плоскости в обоих порядках: итог всегда один и тот же.</translation>
    </message>
    <message>
        <source>First angle</source>
        <translation>Первый угол</translation>
    </message>
    <message>
        <source>Second angle</source>
        <translation>Второй угол</translation>
    </message>
    <message>
        <source>Frames per turn</source>
        <translation>Кадров на поворот</translation>
    </message>
    <message>
        <source>How smoothly each rotation plays.</source>
        <translation>Насколько плавно проигрывается каждый поворот.</translation>
    </message>
    <message>
        <source>Two turns about the same axis commute</source>
        <translation>Два поворота вокруг одной оси коммутируют</translation>
    </message>
    <message>
        <source>Half turns about x and y: AB = BA although the axes differ</source>
        <translation>Полуобороты вокруг x и y: AB = BA, хотя оси разные</translation>
    </message>
    <message>
        <source>Small angles: AB ≈ BA</source>
        <translation>Малые углы: AB ≈ BA</translation>
    </message>
    <message>
        <source>Rotations do not commute: AB ≠ BA</source>
        <translation>Повороты не коммутируют: AB ≠ BA</translation>
    </message>
    <message>
        <source>Linear algebra</source>
        <translation>Линейная алгебра</translation>
    </message>
    <message>
        <source>Turn an object by A then B, and by B then A: in space it ends up differently, in the plane it does not.</source>
        <translation>Повернуть предмет сначала на A, потом на B, и наоборот: в пространстве результат разный, на плоскости — нет.</translation>
    </message>
    <message>
        <source>%1_vector: write three numbers x,y,z, e.g. 1,1,0 (got &quot;%2&quot;)</source>
        <translation>%1_vector: укажите три числа x,y,z, например 1,1,0 (получено «%2»)</translation>
    </message>
    <message>
        <source>%1_vector: the axis must not be the zero vector</source>
        <translation>%1_vector: ось не может быть нулевым вектором</translation>
    </message>
    <message>
        <source>%1° about (%2)</source>
        <translation>%1° вокруг (%2)</translation>
    </message>
    <message>
        <source>%1° about %2</source>
        <translation>%1° вокруг %2</translation>
    </message>
    <message>
        <source>As in the original post: 90° up, then 90° right — and the other way round</source>
        <translation>Как в исходном посте: 90° вверх, затем 90° вправо — и наоборот</translation>
    </message>
</context>
<context>
    <name>gradus::SceneView</name>
    <message>
        <source>Drag to turn, scroll to zoom, right-drag to pan, double-click to go back.</source>
        <translation>Перетаскивание — поворот, колесо — масштаб, правой кнопкой — сдвиг, двойной щелчок — исходный вид.</translation>
    </message>
    <message>
        <source>The 3D view needs OpenGL (a display).</source>
        <translation>Трёхмерному виду нужен OpenGL (дисплей).</translation>
    </message>
    <message>
        <source>This 3D view needs OpenGL, which this display does not offer (no display, or a remote desktop without GLX). The other views work; the 3D picture shows on the computer&apos;s own screen.</source>
        <translation>Для этого трёхмерного вида нужен OpenGL, а этот дисплей его не даёт (нет дисплея или удалённый рабочий стол без GLX). Остальные виды работают; трёхмерная картинка видна на собственном экране компьютера.</translation>
    </message>
</context>
<context>
    <name>gradus::SearchTreeView</name>
    <message>
        <source>current</source>
        <translation>текущий</translation>
    </message>
    <message>
        <source>branched</source>
        <translation>ветвление</translation>
    </message>
    <message>
        <source>new incumbent</source>
        <translation>новый рекорд</translation>
    </message>
    <message>
        <source>pruned</source>
        <translation>отсечён</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ждёт</translation>
    </message>
</context>
<context>
    <name>gradus::Session</name>
    <message>
        <source>this is not a Gradus session file (no &quot;format&quot;: &quot;gradus-session&quot;)</source>
        <translation>это не файл сеанса Gradus (нет &quot;format&quot;: &quot;gradus-session&quot;)</translation>
    </message>
    <message>
        <source>the session file has no format version</source>
        <translation>у файла сеанса нет версии формата</translation>
    </message>
    <message>
        <source>the session file was written by a newer Gradus (format %1; this version reads up to %2)</source>
        <translation>файл сеанса записан более новой версией Gradus (формат %1; эта версия читает до %2)</translation>
    </message>
    <message>
        <source>the session names an unknown lesson &apos;%1&apos;</source>
        <translation>в сеансе указан неизвестный урок «%1»</translation>
    </message>
    <message>
        <source>the session&apos;s &quot;params&quot; must be an object</source>
        <translation>поле &quot;params&quot; сеанса должно быть объектом</translation>
    </message>
    <message>
        <source>&quot;frame&quot; must be a number; the last frame is shown</source>
        <translation>&quot;frame&quot; должно быть числом; показан последний кадр</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; ignored</source>
        <translation>неизвестный ключ «%1» пропущен</translation>
    </message>
    <message>
        <source>session file</source>
        <translation>файл сеанса</translation>
    </message>
</context>
<context>
    <name>gradus::SgdFigure</name>
    <message>
        <source>slope w₁</source>
        <translation>наклон w₁</translation>
    </message>
    <message>
        <source>intercept w₂</source>
        <translation>сдвиг w₂</translation>
    </message>
    <message>
        <source>Click to start every method there. Drag to pan, scroll to zoom, double-click to reset.</source>
        <translation>Щёлкните, чтобы запустить все методы оттуда. Перетаскивание — сдвиг, колесо — масштаб, двойной щелчок — исходный вид.</translation>
    </message>
    <message>
        <source>Distance to w*, mean over runs</source>
        <translation>Расстояние до w*, среднее по прогонам</translation>
    </message>
    <message>
        <source>f(w) − f*, mean over runs</source>
        <translation>f(w) − f*, среднее по прогонам</translation>
    </message>
    <message>
        <source>gradient evaluations</source>
        <translation>вычисления градиента</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>итерация</translation>
    </message>
    <message>
        <source>data</source>
        <translation>данные</translation>
    </message>
    <message>
        <source>current mini-batch</source>
        <translation>текущий мини-батч</translation>
    </message>
    <message>
        <source>current model</source>
        <translation>текущая модель</translation>
    </message>
    <message>
        <source>optimum w*</source>
        <translation>оптимум w*</translation>
    </message>
    <message>
        <source>noise ball √E‖w − w*‖² = %1 (theory)</source>
        <translation>шар шума √E‖w − w*‖² = %1 (теория)</translation>
    </message>
    <message>
        <source>this mini-batch&apos;s optimum</source>
        <translation>оптимум этого мини-батча</translation>
    </message>
    <message>
        <source>f(w) = 1/(2N)‖Xw − y‖², step %1</source>
        <translation>f(w) = 1/(2N)‖Xw − y‖², шаг %1</translation>
    </message>
    <message>
        <source>Data; SGD&apos;s current mini-batch and model</source>
        <translation>Данные; текущие мини-батч и модель SGD</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>%1: diverged at step %2</source>
        <translation>%1: разошёлся на шаге %2</translation>
    </message>
    <message>
        <source>the mini-batch&apos;s own best line</source>
        <translation>собственная лучшая прямая мини-батча</translation>
    </message>
    <message>
        <source>the mini-batch&apos;s level line through w_k</source>
        <translation>линия уровня мини-батча через w_k</translation>
    </message>
    <message>
        <source>step −η∇f_B(w_k) of this mini-batch</source>
        <translation>шаг −η∇f_B(w_k) этого мини-батча</translation>
    </message>
</context>
<context>
    <name>gradus::SgdLesson</name>
    <message>
        <source>gradient descent (full)</source>
        <translation>градиентный спуск (полный)</translation>
    </message>
    <message>
        <source>SGD, constant step</source>
        <translation>SGD, постоянный шаг</translation>
    </message>
    <message>
        <source>SGD, step ∝ 1/k</source>
        <translation>SGD, шаг ∝ 1/k</translation>
    </message>
    <message>
        <source>SGD, step ∝ 1/√k</source>
        <translation>SGD, шаг ∝ 1/√k</translation>
    </message>
    <message>
        <source>SGD, step halving</source>
        <translation>SGD, шаг делится пополам</translation>
    </message>
    <message>
        <source>SGD, big batch</source>
        <translation>SGD, большой батч</translation>
    </message>
    <message>
        <source>SAG</source>
        <translation>SAG</translation>
    </message>
    <message>
        <source>SVRG</source>
        <translation>SVRG</translation>
    </message>
    <message>
        <source>SAGA</source>
        <translation>SAGA</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Методы</translation>
    </message>
    <message>
        <source>Your data (CSV)</source>
        <translation>Ваши данные (CSV)</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt)</source>
        <translation>Таблицы (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Two columns x, y; replaces the generated points.</source>
        <translation>Два столбца x, y; заменяют сгенерированные точки.</translation>
    </message>
    <message>
        <source>Points N</source>
        <translation>Точки N</translation>
    </message>
    <message>
        <source>x uniform in [−0.5, 0.5], y = w₁x + w₂ + noise, as in the seed notebook.</source>
        <translation>x равномерно на [−0.5, 0.5], y = w₁x + w₂ + шум, как в исходном блокноте.</translation>
    </message>
    <message>
        <source>True (w₁, w₂)</source>
        <translation>Истинные (w₁, w₂)</translation>
    </message>
    <message>
        <source>Noise σ</source>
        <translation>Шум σ</translation>
    </message>
    <message>
        <source>Without noise every mini-batch has the same optimum and constant-step SGD converges.</source>
        <translation>Без шума у всех мини-батчей один и тот же оптимум, и SGD с постоянным шагом сходится.</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Зерно генератора</translation>
    </message>
    <message>
        <source>Step (learning rate)</source>
        <translation>Шаг (обучения)</translation>
    </message>
    <message>
        <source>The same step for every method; decreasing schedules start from it.</source>
        <translation>Один шаг для всех методов; убывающие расписания начинают с него.</translation>
    </message>
    <message>
        <source>Batch size b</source>
        <translation>Размер батча b</translation>
    </message>
    <message>
        <source>Samples per stochastic step (the seed uses 2).</source>
        <translation>Примеров на стохастический шаг (в исходном примере 2).</translation>
    </message>
    <message>
        <source>Big batch</source>
        <translation>Большой батч</translation>
    </message>
    <message>
        <source>Decay scale k₀</source>
        <translation>Масштаб убывания k₀</translation>
    </message>
    <message>
        <source>1/k: step·k₀/(k₀ + k); 1/√k: step·√(k₀/(k₀ + k)); halving: every k₀ steps.</source>
        <translation>1/k: шаг·k₀/(k₀ + k); 1/√k: шаг·√(k₀/(k₀ + k)); пополам: каждые k₀ шагов.</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Итерации</translation>
    </message>
    <message>
        <source>Runs averaged</source>
        <translation>Усреднить прогонов</translation>
    </message>
    <message>
        <source>The chart averages this many runs with different samples; the map shows the first.</source>
        <translation>График усредняет столько прогонов с разными выборками; карта показывает первый.</translation>
    </message>
    <message>
        <source>Start (w₁, w₂)</source>
        <translation>Начало (w₁, w₂)</translation>
    </message>
    <message>
        <source>Click on the map to start there.</source>
        <translation>Щёлкните по карте, чтобы начать оттуда.</translation>
    </message>
    <message>
        <source>Chart against</source>
        <translation>Ось графика</translation>
    </message>
    <message>
        <source>gradient evaluations</source>
        <translation>вычисления градиента</translation>
    </message>
    <message>
        <source>iterations</source>
        <translation>итерации</translation>
    </message>
    <message>
        <source>Gradient evaluations compare methods at equal work: a full gradient costs N.</source>
        <translation>Вычисления градиента сравнивают методы при равной работе: полный градиент стоит N.</translation>
    </message>
    <message>
        <source>Why SGD with a constant step does not converge</source>
        <translation>Почему SGD с постоянным шагом не сходится</translation>
    </message>
    <message>
        <source>Optimization methods</source>
        <translation>Методы оптимизации</translation>
    </message>
    <message>
        <source>Each step pulls toward its mini-batch&apos;s optimum: SGD settles in a noise ball; smaller steps, bigger batches and variance reduction fix it.</source>
        <translation>Каждый шаг тянет к оптимуму своего мини-батча: SGD оседает в шаре шума; лечат это меньшие шаги, большие батчи и снижение дисперсии.</translation>
    </message>
    <message>
        <source>Constant step: the noise ball</source>
        <translation>Постоянный шаг: шар шума</translation>
    </message>
    <message>
        <source>Halve the step, halve the ball</source>
        <translation>Шаг вдвое меньше — шар вдвое меньше</translation>
    </message>
    <message>
        <source>Bigger batches</source>
        <translation>Большие батчи</translation>
    </message>
    <message>
        <source>SAG, SVRG, SAGA converge linearly</source>
        <translation>SAG, SVRG, SAGA сходятся линейно</translation>
    </message>
    <message>
        <source>No noise: SGD converges</source>
        <translation>Без шума: SGD сходится</translation>
    </message>
    <message>
        <source>%1 has fewer than two points</source>
        <translation>в %1 меньше двух точек</translation>
    </message>
    <message>
        <source>all points have the same x: the slope is not determined</source>
        <translation>у всех точек одинаковый x: наклон не определён</translation>
    </message>
    <message>
        <source>As in the original post: batch 2, step 1, from (5.5, 1.5)</source>
        <translation>Как в исходном посте: батч 2, шаг 1, из (5,5; 1,5)</translation>
    </message>
</context>
<context>
    <name>gradus::SolvePane</name>
    <message>
        <source>solving…</source>
        <translation>решается…</translation>
    </message>
    <message>
        <source>optimal</source>
        <translation>оптимально</translation>
    </message>
    <message>
        <source>infeasible</source>
        <translation>несовместна</translation>
    </message>
    <message>
        <source>unbounded</source>
        <translation>не ограничена</translation>
    </message>
    <message>
        <source>time limit reached</source>
        <translation>исчерпан предел времени</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>остановлено</translation>
    </message>
    <message>
        <source>integer variables</source>
        <translation>целочисленные переменные</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>секунды</translation>
    </message>
    <message>
        <source>Solve time against size</source>
        <translation>Время решения в зависимости от размера</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>цель</translation>
    </message>
    <message>
        <source>knapsack</source>
        <translation>рюкзак</translation>
    </message>
    <message>
        <source>market split</source>
        <translation>market split</translation>
    </message>
    <message>
        <source>knapsack: LP</source>
        <translation>рюкзак: ЛП</translation>
    </message>
    <message>
        <source>market split: LP</source>
        <translation>market split: ЛП</translation>
    </message>
    <message>
        <source>Solve time against size (time limit %1 s)</source>
        <translation>Время решения в зависимости от размера (предел %1 с)</translation>
    </message>
    <message>
        <source>best bound</source>
        <translation>лучшая граница</translation>
    </message>
    <message>
        <source>incumbent</source>
        <translation>рекорд</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>model</source>
        <translation>модель</translation>
    </message>
    <message>
        <source>variables</source>
        <translation>переменные</translation>
    </message>
    <message>
        <source>%1 (%2 integer)</source>
        <translation>%1 (целых: %2)</translation>
    </message>
    <message>
        <source>constraints</source>
        <translation>ограничения</translation>
    </message>
    <message>
        <source>nonzeros</source>
        <translation>ненулевых</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>разрыв</translation>
    </message>
    <message>
        <source>nodes</source>
        <translation>узлов</translation>
    </message>
    <message>
        <source>LP relaxation</source>
        <translation>ЛП-релаксация</translation>
    </message>
    <message>
        <source>%1 in %2 s</source>
        <translation>%1 за %2 с</translation>
    </message>
    <message>
        <source>A knapsack with %1 binaries took %2 s; this market split has %3.</source>
        <translation>Рюкзак с %1 двоичными переменными занял %2 с; в этом market split их %3.</translation>
    </message>
    <message>
        <source>Stopped: the numbers are what CBC had found by then.</source>
        <translation>Остановлено: числа — то, что CBC нашёл к этому моменту.</translation>
    </message>
    <message>
        <source>CBC is running; Stop keeps what it has found.</source>
        <translation>CBC работает; «Стоп» сохранит найденное.</translation>
    </message>
</context>
<context>
    <name>gradus::SurfaceMap</name>
    <message>
        <source>local minimum f = %1</source>
        <translation>локальный минимум f = %1</translation>
    </message>
    <message>
        <source>minimum f* = %1</source>
        <translation>минимум f* = %1</translation>
    </message>
</context>
<context>
    <name>gradus::SurfaceParams</name>
    <message>
        <source>Rosenbrock (1−x)² + 100(y−x²)²</source>
        <translation>Розенброк (1−x)² + 100(y−x²)²</translation>
    </message>
    <message>
        <source>Himmelblau (four minima)</source>
        <translation>Химмельблау (четыре минимума)</translation>
    </message>
    <message>
        <source>Beale</source>
        <translation>Била</translation>
    </message>
    <message>
        <source>Booth</source>
        <translation>Бута</translation>
    </message>
    <message>
        <source>Rastrigin (many local minima)</source>
        <translation>Растригина (много локальных минимумов)</translation>
    </message>
    <message>
        <source>Ackley</source>
        <translation>Экли</translation>
    </message>
    <message>
        <source>Goldstein–Price</source>
        <translation>Гольдштейна–Прайса</translation>
    </message>
    <message>
        <source>Quadratic with condition number κ</source>
        <translation>Квадратичная с числом обусловленности κ</translation>
    </message>
    <message>
        <source>Saddle x² − y²</source>
        <translation>Седло x² − y²</translation>
    </message>
    <message>
        <source>Monkey saddle x³ − 3xy²</source>
        <translation>Обезьянье седло x³ − 3xy²</translation>
    </message>
    <message>
        <source>Your formula f(x, y)</source>
        <translation>Ваша формула f(x, y)</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Функция</translation>
    </message>
    <message>
        <source>The surface; &apos;Your formula&apos; takes any expression in x and y.</source>
        <translation>Поверхность; «Ваша формула» принимает любое выражение от x и y.</translation>
    </message>
    <message>
        <source>Condition number κ</source>
        <translation>Число обусловленности κ</translation>
    </message>
    <message>
        <source>Ratio of the largest to the smallest curvature of the quadratic.</source>
        <translation>Отношение наибольшей кривизны квадратичной функции к наименьшей.</translation>
    </message>
    <message>
        <source>Valley angle</source>
        <translation>Угол долины</translation>
    </message>
    <message>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <source>Rotation of the quadratic&apos;s valley from the x axis.</source>
        <translation>Поворот долины квадратичной функции относительно оси x.</translation>
    </message>
    <message>
        <source>f(x, y) =</source>
        <translation>f(x, y) =</translation>
    </message>
    <message>
        <source>Any expression in x and y: + − * / ^, parentheses, |…|, pi, e, and sin cos tan asin acos atan sinh cosh tanh exp log sqrt abs. Gradient and Hessian are exact (automatic differentiation).</source>
        <translation>Любое выражение от x и y: + − * / ^, скобки, |…|, pi, e и sin cos tan asin acos atan sinh cosh tanh exp log sqrt abs. Градиент и гессиан точные (автоматическое дифференцирование).</translation>
    </message>
    <message>
        <source>View ±</source>
        <translation>Область ±</translation>
    </message>
    <message>
        <source>The formula is shown on [−extent, extent]².</source>
        <translation>Формула показана на [−extent, extent]².</translation>
    </message>
    <message>
        <source>formula &quot;%1&quot;, at character %2: %3</source>
        <translation>формула «%1», символ %2: %3</translation>
    </message>
    <message>
        <source>A well between two peaks (three Gaussians)</source>
        <translation>Яма между двумя пиками (три гауссианы)</translation>
    </message>
</context>
<context>
    <name>gradus::SvdImageFigure</name>
    <message>
        <source>Singular values σᵢ</source>
        <translation>Сингулярные числа σᵢ</translation>
    </message>
    <message>
        <source>i</source>
        <translation>i</translation>
    </message>
    <message>
        <source>Energy kept Σσᵢ² / ‖A‖², %</source>
        <translation>Сохранённая энергия Σσᵢ² / ‖A‖², %</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>ранг</translation>
    </message>
    <message>
        <source>Original %1×%2</source>
        <translation>Оригинал %1×%2</translation>
    </message>
    <message>
        <source>Layer %1: σ%1 = %2. Red positive, blue negative.</source>
        <translation>Слой %1: σ%1 = %2. Красный — положительные, синий — отрицательные.</translation>
    </message>
    <message>
        <source>Rank %1, chroma rank %2</source>
        <translation>Ранг %1, ранг цветности %2</translation>
    </message>
    <message>
        <source>Rank %1</source>
        <translation>Ранг %1</translation>
    </message>
    <message>
        <source>%1 % of the values</source>
        <translation>%1 % значений</translation>
    </message>
    <message>
        <source>Difference ×%1</source>
        <translation>Разница ×%1</translation>
    </message>
    <message>
        <source>red: brighter · blue: darker</source>
        <translation>красный — светлее · синий — темнее</translation>
    </message>
    <message>
        <source>Stored values</source>
        <translation>Хранимых чисел</translation>
    </message>
    <message>
        <source>Pixel values</source>
        <translation>Значений пикселей</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>8-bit factors</source>
        <translation>8-битные множители</translation>
    </message>
    <message>
        <source>float32 factors</source>
        <translation>множители float32</translation>
    </message>
    <message>
        <source>8-bit pixels</source>
        <translation>8-битные пиксели</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>‖A−Aᵣ‖/‖A‖</source>
        <translation>‖A−Aᵣ‖/‖A‖</translation>
    </message>
    <message>
        <source>Eckart–Young</source>
        <translation>Эккарт–Янг</translation>
    </message>
    <message>
        <source>PSNR</source>
        <translation>PSNR</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>точно</translation>
    </message>
    <message>
        <source>Relative error ‖A − Aᵣ‖ / ‖A‖</source>
        <translation>Относительная ошибка ‖A − Aᵣ‖ / ‖A‖</translation>
    </message>
    <message>
        <source>‖A − Aᵣ‖ / ‖A‖</source>
        <translation>‖A − Aᵣ‖ / ‖A‖</translation>
    </message>
    <message>
        <source>Singular values σᵢ/σ₁, grey</source>
        <translation>Сингулярные числа σᵢ/σ₁, в сером</translation>
    </message>
</context>
<context>
    <name>gradus::SvdImageLesson</name>
    <message>
        <source>Picture</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>Сжатие</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Показ</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.ppm *.pgm *.pbm *.pnm *.jp2 *.exr *.hdr)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.ppm *.pgm *.pbm *.pnm *.jp2 *.exr *.hdr)</translation>
    </message>
    <message>
        <source>A picture file (PNG, JPEG, BMP, TIFF, WebP, PPM, …) or a built-in sample: %1. You can also drop a file on the window or paste a picture (Ctrl+V).</source>
        <translation>Файл изображения (PNG, JPEG, BMP, TIFF, WebP, PPM, …) или встроенный образец: %1. Можно также перетащить файл на окно или вставить изображение (Ctrl+V).</translation>
    </message>
    <message>
        <source>Largest size</source>
        <translation>Наибольший размер</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>пикселей</translation>
    </message>
    <message>
        <source>Bigger pictures are scaled down (area averaging) to this many pixels before the SVD. Pictures over 200 megapixels are refused.</source>
        <translation>Изображения крупнее уменьшаются (усреднением по площади) до стольких пикселей перед SVD. Изображения больше 200 мегапикселей не принимаются.</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>R, G, B: one SVD per channel</source>
        <translation>R, G, B: по SVD на канал</translation>
    </message>
    <message>
        <source>Grey: the luma only</source>
        <translation>Серый: только яркость</translation>
    </message>
    <message>
        <source>Stacked: [R G B] in one matrix</source>
        <translation>Склеенные: [R G B] в одной матрице</translation>
    </message>
    <message>
        <source>Y, Cb, Cr: separate chroma rank</source>
        <translation>Y, Cb, Cr: отдельный ранг цветности</translation>
    </message>
    <message>
        <source>How a colour picture becomes matrices. Stacked puts the channels side by side (m × 3n) so they share one left basis; Y/Cb/Cr is JPEG&apos;s colour space, where the colour (chroma) can be cut much harder than the brightness.</source>
        <translation>Как цветное изображение становится матрицами. «Склеенные» ставят каналы рядом (m × 3n), так что у них общий левый базис; Y/Cb/Cr — цветовое пространство JPEG, в котором цветность можно урезать гораздо сильнее яркости.</translation>
    </message>
    <message>
        <source>Rank r</source>
        <translation>Ранг r</translation>
    </message>
    <message>
        <source>Number of rank-one layers σᵢuᵢvᵢᵀ kept. The same as the player&apos;s slider.</source>
        <translation>Сколько слоёв ранга один σᵢuᵢvᵢᵀ оставить. То же, что ползунок проигрывателя.</translation>
    </message>
    <message>
        <source>Chroma rank</source>
        <translation>Ранг цветности</translation>
    </message>
    <message>
        <source>as rank r</source>
        <translation>как ранг r</translation>
    </message>
    <message>
        <source>Rank of the Cb and Cr matrices in Y/Cb/Cr mode. The eye barely notices a low chroma rank.</source>
        <translation>Ранг матриц Cb и Cr в режиме Y/Cb/Cr. Глаз почти не замечает низкий ранг цветности.</translation>
    </message>
    <message>
        <source>SVD</source>
        <translation>SVD</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source>Full (LAPACK gesdd)</source>
        <translation>Полное (LAPACK gesdd)</translation>
    </message>
    <message>
        <source>Randomized, leading ranks</source>
        <translation>Рандомизированное, старшие ранги</translation>
    </message>
    <message>
        <source>Full computes every singular value. Randomized (Halko–Martinsson–Tropp with power iterations) computes only the leading ranks, much faster on big photos. Automatic uses full up to 2.5 megapixels.</source>
        <translation>Полное вычисляет все сингулярные числа. Рандомизированное (Халко–Мартинссон–Тропп со степенными итерациями) вычисляет только старшие ранги — на больших фотографиях намного быстрее. «Автоматически» берёт полное до 2,5 мегапикселя.</translation>
    </message>
    <message>
        <source>Ranks computed</source>
        <translation>Вычислить рангов</translation>
    </message>
    <message>
        <source>How many leading singular triplets the randomized SVD computes; the slider stops there.</source>
        <translation>Сколько старших сингулярных троек вычисляет рандомизированное SVD; на этом ползунок останавливается.</translation>
    </message>
    <message>
        <source>Stored as</source>
        <translation>Хранить как</translation>
    </message>
    <message>
        <source>32-bit floats</source>
        <translation>32-битные числа</translation>
    </message>
    <message>
        <source>8-bit quantized factors</source>
        <translation>8-битные квантованные множители</translation>
    </message>
    <message>
        <source>How the factors would be saved, for the storage cost in bytes. 8-bit: every entry of u and v in one byte, with σ and two scales per layer as 32-bit floats.</source>
        <translation>Как сохранялись бы множители — для оценки размера в байтах. 8 бит: каждый элемент u и v в одном байте, σ и два масштаба на слой — 32-битными числами.</translation>
    </message>
    <message>
        <source>Difference ×</source>
        <translation>Разница ×</translation>
    </message>
    <message>
        <source>Amplification of the difference picture: red where the approximation is brighter, blue where darker.</source>
        <translation>Усиление картинки разницы: красный — где приближение светлее, синий — где темнее.</translation>
    </message>
    <message>
        <source>Layers shown</source>
        <translation>Показать слоёв</translation>
    </message>
    <message>
        <source>How many of the first rank-one layers σᵢuᵢvᵢᵀ to show as thumbnails.</source>
        <translation>Сколько первых слоёв ранга один σᵢuᵢvᵢᵀ показать миниатюрами.</translation>
    </message>
    <message>
        <source>Image compression by truncated SVD</source>
        <translation>Сжатие изображения усечённым SVD</translation>
    </message>
    <message>
        <source>Linear algebra</source>
        <translation>Линейная алгебра</translation>
    </message>
    <message>
        <source>Keep r rank-one layers of a photo: the best rank-r approximation, its error and its real storage cost.</source>
        <translation>Оставить r слоёв ранга один: наилучшее приближение ранга r, его ошибка и реальная стоимость хранения.</translation>
    </message>
    <message>
        <source>Rank 1: a cross of row and column averages</source>
        <translation>Ранг 1: крест из средних по строкам и столбцам</translation>
    </message>
    <message>
        <source>Rank 5: only the big shapes</source>
        <translation>Ранг 5: только крупные формы</translation>
    </message>
    <message>
        <source>Grey cameraman, rank 20</source>
        <translation>Серый оператор, ранг 20</translation>
    </message>
    <message>
        <source>Y/Cb/Cr: chroma rank 5 is enough</source>
        <translation>Y/Cb/Cr: ранга цветности 5 достаточно</translation>
    </message>
    <message>
        <source>Stacked channels: one shared basis</source>
        <translation>Склеенные каналы: один общий базис</translation>
    </message>
    <message>
        <source>the SVD of %1 failed: %2</source>
        <translation>SVD для %1 не удалось: %2</translation>
    </message>
    <message>
        <source>full SVD (LAPACK gesdd)</source>
        <translation>полное SVD (LAPACK gesdd)</translation>
    </message>
    <message>
        <source>randomized SVD, leading %1 of %2 ranks</source>
        <translation>рандомизированное SVD, старшие %1 из %2 рангов</translation>
    </message>
    <message>
        <source>Right chart</source>
        <translation>Правый график</translation>
    </message>
    <message>
        <source>Energy kept, %</source>
        <translation>Сохранённая энергия, %</translation>
    </message>
    <message>
        <source>Relative error, log scale</source>
        <translation>Относительная ошибка, лог. шкала</translation>
    </message>
    <message>
        <source>Beside the singular values: the share of Σσᵢ² the rank keeps, or the relative error ‖A − A_r‖_F/‖A‖_F against the rank on a log scale, as the course notebook draws it.</source>
        <translation>Рядом с сингулярными числами: доля Σσᵢ², которую сохраняет ранг, или относительная ошибка ‖A − A_r‖_F/‖A‖_F в зависимости от ранга в логарифмической шкале, как в ноутбуке курса.</translation>
    </message>
    <message>
        <source>As in the original post: grey, with the relative error against the rank</source>
        <translation>Как в исходном посте: серая, с относительной ошибкой по рангу</translation>
    </message>
    <message>
        <source>Compare spectrum with</source>
        <translation>Сравнить спектр с</translation>
    </message>
    <message>
        <source>A second picture (a file or a sample), or &apos;noise&apos;: its singular values are drawn over this picture&apos;s, both in grey and divided by the largest (σᵢ/σ₁), so that brightness and size do not matter. A photo&apos;s spectrum falls steeply, noise&apos;s hardly at all: the original post asks whether generated pictures differ from real ones here. Empty: no comparison.</source>
        <translation>Вторая картинка (файл или образец) или «noise» (шум): её сингулярные числа рисуются поверх чисел этой картинки, обе в сером и делённые на наибольшее (σᵢ/σ₁), чтобы яркость и размер не влияли. Спектр фотографии падает круто, спектр шума — почти нет: исходный пост спрашивает, отличаются ли здесь сгенерированные картинки от настоящих. Пусто — без сравнения.</translation>
    </message>
    <message>
        <source>Spectra: a photo against noise</source>
        <translation>Спектры: фотография против шума</translation>
    </message>
    <message>
        <source>Gaussian noise</source>
        <translation>гауссов шум</translation>
    </message>
</context>
<context>
    <name>gradus::SvdImageResult</name>
    <message>
        <source>rank %1 of %2</source>
        <translation>ранг %1 из %2</translation>
    </message>
</context>
<context>
    <name>gradus::TrainingFigure</name>
    <message>
        <source>training time, s</source>
        <translation>время обучения, с</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>эпоха</translation>
    </message>
    <message>
        <source>cross-entropy loss</source>
        <translation>перекрёстная энтропия</translation>
    </message>
    <message>
        <source>accuracy, %</source>
        <translation>точность, %</translation>
    </message>
    <message>
        <source>%1, η = %2%3</source>
        <translation>%1, η = %2%3</translation>
    </message>
    <message>
        <source> (diverged)</source>
        <translation> (разошёлся)</translation>
    </message>
    <message>
        <source> (training…)</source>
        <translation> (идёт обучение…)</translation>
    </message>
    <message>
        <source>Loss on %1 training (solid) and %2 test (dashed) images%3</source>
        <translation>Потери на %1 обучающих (сплошные) и %2 тестовых (штриховые) изображениях%3</translation>
    </message>
    <message>
        <source>Accuracy: test (solid) and training (dashed), %1</source>
        <translation>Точность: тест (сплошные) и обучение (штриховые), %1</translation>
    </message>
    <message>
        <source>learning rate η</source>
        <translation>шаг обучения η</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>потери на обучении</translation>
    </message>
    <message>
        <source>test accuracy, %</source>
        <translation>точность на тесте, %</translation>
    </message>
    <message>
        <source>Training loss after epoch %1 against the learning rate%2</source>
        <translation>Потери на обучении после эпохи %1 в зависимости от шага%2</translation>
    </message>
    <message>
        <source>Test accuracy after epoch %1, %2</source>
        <translation>Точность на тесте после эпохи %1, %2</translation>
    </message>
</context>
<context>
    <name>gradus::TrainingLesson</name>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation>Нестеров</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>AdamW</source>
        <translation>AdamW</translation>
    </message>
    <message>
        <source>Lion</source>
        <translation>Lion</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Картина</translation>
    </message>
    <message>
        <source>the methods side by side</source>
        <translation>методы рядом</translation>
    </message>
    <message>
        <source>learning-rate sweep</source>
        <translation>перебор шага обучения</translation>
    </message>
    <message>
        <source>Each method at its learning rate: loss and accuracy as training goes on; or each method at several learning rates around its own: the loss after the frame&apos;s epoch against the rate.</source>
        <translation>Каждый метод со своим шагом: потери и точность по ходу обучения; или каждый метод с несколькими шагами вокруг своего: потери после эпохи кадра в зависимости от шага.</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Методы</translation>
    </message>
    <message>
        <source>All start from the same weights and see the same batches in the same order.</source>
        <translation>Все начинают из одних весов и видят одни и те же батчи в одном порядке.</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>По оси</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>эпохи</translation>
    </message>
    <message>
        <source>training time</source>
        <translation>время обучения</translation>
    </message>
    <message>
        <source>Learning rates</source>
        <translation>Шаги обучения</translation>
    </message>
    <message>
        <source>The step size η; in the sweep, the middle of its rates.</source>
        <translation>Шаг η; в переборе — середина его шагов.</translation>
    </message>
    <message>
        <source>Rates per method</source>
        <translation>Шагов на метод</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>Размах</translation>
    </message>
    <message>
        <source> decades</source>
        <translation> порядков</translation>
    </message>
    <message>
        <source>The rates run from the method&apos;s rate divided by 10^(span/2) to it multiplied by as much.</source>
        <translation>Шаги идут от шага метода, делённого на 10^(размах/2), до него же, умноженного на столько же.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>MLP</source>
        <translation>MLP</translation>
    </message>
    <message>
        <source>CNN (the seed&apos;s)</source>
        <translation>CNN (из исходного примера)</translation>
    </message>
    <message>
        <source>MLP: 784 → hidden → ReLU → 10. CNN: conv 3×3×16 → ReLU → pool → conv 3×3×32 → ReLU → pool → dense 64 → ReLU → dense 10 (much slower).</source>
        <translation>MLP: 784 → скрытый слой → ReLU → 10. CNN: свёртка 3×3×16 → ReLU → пулинг → свёртка 3×3×32 → ReLU → пулинг → полносвязный 64 → ReLU → полносвязный 10 (намного медленнее).</translation>
    </message>
    <message>
        <source>Hidden units</source>
        <translation>Скрытых нейронов</translation>
    </message>
    <message>
        <source>Momentum μ</source>
        <translation>Импульс μ</translation>
    </message>
    <message>
        <source>Heavy ball and Nesterov: v ← μv + g.</source>
        <translation>Тяжёлый шарик и Нестеров: v ← μv + g.</translation>
    </message>
    <message>
        <source>Weight decay λ</source>
        <translation>Затухание весов λ</translation>
    </message>
    <message>
        <source>AdamW and Lion: θ ← θ − ηλθ at every step, apart from the gradient.</source>
        <translation>AdamW и Lion: θ ← θ − ηλθ на каждом шаге, отдельно от градиента.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Размер батча</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Эпохи</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Зерно</translation>
    </message>
    <message>
        <source>Initial weights and batch order, the same for every method.</source>
        <translation>Начальные веса и порядок батчей, одни и те же для всех методов.</translation>
    </message>
    <message>
        <source>Training a network: optimizers compared</source>
        <translation>Обучение сети: сравнение оптимизаторов</translation>
    </message>
    <message>
        <source>Machine learning</source>
        <translation>Машинное обучение</translation>
    </message>
    <message>
        <source>SGD, momentum, Nesterov, Adam, AdamW and Lion train the same network on the same batches: their losses and accuracies, and how each depends on its learning rate.</source>
        <translation>SGD, импульс, Нестеров, Adam, AdamW и Lion обучают одну сеть на одних батчах: их потери и точность и то, как каждый зависит от шага обучения.</translation>
    </message>
    <message>
        <source>Each method at seven learning rates over three decades</source>
        <translation>Каждый метод с семью шагами на трёх порядках</translation>
    </message>
    <message>
        <source>The same runs against training time</source>
        <translation>Те же запуски в зависимости от времени обучения</translation>
    </message>
    <message>
        <source>Adam, AdamW and Lion only, 40 epochs</source>
        <translation>Только Adam, AdamW и Lion, 40 эпох</translation>
    </message>
    <message>
        <source>Every method at η = 0.01: what a learning rate means differs</source>
        <translation>Все методы с η = 0,01: шаг обучения значит разное</translation>
    </message>
    <message>
        <source>As in the course: 70,000 images if installed, MLP 784-100-10, batches of 1024, η = 4·10⁻⁴, μ = 0.8</source>
        <translation>Как в курсе: 70 000 изображений, если установлены, MLP 784-100-10, батчи по 1024, η = 4·10⁻⁴, μ = 0,8</translation>
    </message>
    <message>
        <source>No method is chosen: tick at least one under Methods.</source>
        <translation>Не выбран ни один метод: отметьте хотя бы один в разделе «Методы».</translation>
    </message>
    <message>
        <source>Fashion-MNIST</source>
        <translation>Fashion-MNIST</translation>
    </message>
    <message>
        <source>Fashion-MNIST subset</source>
        <translation>выборка Fashion-MNIST</translation>
    </message>
    <message>
        <source>CNN</source>
        <translation>CNN</translation>
    </message>
    <message>
        <source>MLP 784-%1-10</source>
        <translation>MLP 784-%1-10</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>импульс</translation>
    </message>
    <message>
        <source>The time of the training steps, without the evaluations after each epoch.</source>
        <translation>Время шагов обучения, без оценки после каждой эпохи.</translation>
    </message>
</context>
<context>
    <name>gradus::Version</name>
    <message>
        <source>The mip lesson&apos;s solver, the cbc program (Debian package coinor-cbc), is not installed.</source>
        <translation>Решатель урока mip, программа cbc (пакет Debian coinor-cbc), не установлен.</translation>
    </message>
    <message>
        <source>Integer programs are solved by the cbc program, CBC %1 (a separate program under the EPL-1.0).</source>
        <translation>Целочисленные задачи решает программа cbc, CBC %1 (отдельная программа под лицензией EPL-1.0).</translation>
    </message>
</context>
<context>
    <name>gradus::export</name>
    <message>
        <source>cannot export to &apos;%1&apos;: the file name must end in .png, .svg or .pdf</source>
        <translation>не удаётся экспортировать в «%1»: имя файла должно оканчиваться на .png, .svg или .pdf</translation>
    </message>
    <message>
        <source>export size %1×%2 is out of range (16 to 16384 pixels per side)</source>
        <translation>размер экспорта %1×%2 вне допустимого (от 16 до 16384 пикселей по стороне)</translation>
    </message>
    <message>
        <source>lesson &apos;%1&apos; has no view &apos;%2&apos;; its views: %3</source>
        <translation>у урока «%1» нет вида «%2»; его виды: %3</translation>
    </message>
    <message>
        <source>cannot save a picture as &apos;%1&apos;: use %2</source>
        <translation>нельзя сохранить изображение как «%1»: используйте %2</translation>
    </message>
    <message>
        <source>lesson &apos;%1&apos; has no picture &apos;%2&apos;%3</source>
        <translation>у урока «%1» нет изображения «%2»%3</translation>
    </message>
</context>
<context>
    <name>gradus::io</name>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>не удаётся записать «%1»: %2</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: the folder &apos;%2&apos; does not exist</source>
        <translation>не удаётся записать «%1»: папки «%2» не существует</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2; choose a folder you may write to</source>
        <translation>не удаётся записать «%1»: %2; выберите папку, в которую вам можно писать</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: the disk is read-only; choose another folder</source>
        <translation>не удаётся записать «%1»: диск только для чтения; выберите другую папку</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: the disk is full (%2 free%3); free some space or choose another folder</source>
        <translation>не удаётся записать «%1»: диск заполнен (свободно %2%3); освободите место или выберите другую папку</translation>
    </message>
    <message>
        <source>, %1 needed</source>
        <translation>, нужно %1</translation>
    </message>
</context>
<context>
    <name>gradus::style</name>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Высокий контраст</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
</context>
</TS>
