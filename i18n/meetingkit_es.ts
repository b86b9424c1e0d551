<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Agenda</name>
    <message>
        <source>Welcome &amp; agreements</source>
        <translation>Bienvenida y acuerdos</translation>
    </message>
    <message>
        <source>Report-back</source>
        <translation>Informe de avances</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Anuncio</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discusión</translation>
    </message>
    <message>
        <source>Proposal / decision</source>
        <translation>Propuesta / decisión</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Training module</source>
        <translation>Módulo de capacitación</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>An agenda item needs a title.</source>
        <translation>Un punto de la agenda necesita un título.</translation>
    </message>
    <message>
        <source>An item&apos;s planned time must be between 1 minute and %1 hours (got %2 minutes).</source>
        <translation>El tiempo previsto de un punto debe estar entre 1 minuto y %1 horas (se indicaron %2 minutos).</translation>
    </message>
    <message>
        <source>The meeting has already started.</source>
        <translation>La reunión ya empezó.</translation>
    </message>
    <message>
        <source>That agenda item no longer exists.</source>
        <translation>Ese punto de la agenda ya no existe.</translation>
    </message>
    <message>
        <source>No item is running.</source>
        <translation>No hay ningún punto en curso.</translation>
    </message>
    <message>
        <source>No item to resume.</source>
        <translation>No hay ningún punto que reanudar.</translation>
    </message>
    <message>
        <source>Start the meeting first.</source>
        <translation>Primero inicia la reunión.</translation>
    </message>
    <message>
        <source>The meeting has ended.</source>
        <translation>La reunión ya terminó.</translation>
    </message>
    <message>
        <source>The agenda changed meanwhile; reload it and try again.</source>
        <translation>La agenda cambió mientras tanto; vuelve a cargarla e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Una plantilla necesita un nombre.</translation>
    </message>
    <message>
        <source>There are no agenda items to save as a template.</source>
        <translation>No hay puntos en la agenda para guardar como plantilla.</translation>
    </message>
</context>
<context>
    <name>Agenda PDF</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>⚠ The items add up to %1 — %2 more than the planned time (%3). The meeting would end at %4, not %5: shorten items or agree to run late.</source>
        <translation>⚠ Los puntos suman %1: %2 más que el tiempo previsto (%3). La reunión terminaría a las %4, no a las %5: acorta puntos o acuerda con el grupo terminar más tarde.</translation>
    </message>
    <message>
        <source>Agenda — %1</source>
        <translation>Agenda — %1</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>START</source>
        <translation>INICIO</translation>
    </message>
    <message>
        <source>MIN</source>
        <translation>MIN</translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation>PUNTO</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>RESPONSABLE</translation>
    </message>
    <message>
        <source>items fill %1 of the planned time (%2); %3 spare</source>
        <translation>los puntos ocupan %1 del tiempo previsto (%2); sobran %3</translation>
    </message>
    <message>
        <source>items fill all the planned time (%1)</source>
        <translation>los puntos ocupan todo el tiempo previsto (%1)</translation>
    </message>
    <message>
        <source>items run %1 over the planned time (%2)</source>
        <translation>los puntos se pasan %1 del tiempo previsto (%2)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
</context>
<context>
    <name>Agenda templates</name>
    <message>
        <source>General assembly</source>
        <translation>Asamblea general</translation>
    </message>
    <message>
        <source>Welcome, agreements and roles</source>
        <translation>Bienvenida, acuerdos y roles</translation>
    </message>
    <message>
        <source>Introduce the facilitator, stack keeper and timekeeper; read the agreements.</source>
        <translation>Presenta a quien facilita, a quien lleva la lista de palabra y a quien controla el tiempo; lee los acuerdos.</translation>
    </message>
    <message>
        <source>Report-backs from working groups</source>
        <translation>Informes de los grupos de trabajo</translation>
    </message>
    <message>
        <source>Two minutes per group; questions go on the stack.</source>
        <translation>Dos minutos por grupo; las preguntas van a la lista de palabra.</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>Anuncios</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <source>Present, clarifying questions, concerns, amendments, temperature check, decide.</source>
        <translation>Presentar, preguntas aclaratorias, inquietudes, enmiendas, sondeo, decidir.</translation>
    </message>
    <message>
        <source>Open floor</source>
        <translation>Palabra abierta</translation>
    </message>
    <message>
        <source>Evaluation: plus / delta</source>
        <translation>Evaluación: qué funcionó / qué cambiar</translation>
    </message>
    <message>
        <source>Working-group meeting</source>
        <translation>Reunión de grupo de trabajo</translation>
    </message>
    <message>
        <source>Check-in and agreements</source>
        <translation>Ronda de llegada y acuerdos</translation>
    </message>
    <message>
        <source>One word or one sentence each: how are you arriving?</source>
        <translation>Una palabra o una frase cada quien: ¿cómo llegas hoy?</translation>
    </message>
    <message>
        <source>Report-backs on last meeting&apos;s commitments</source>
        <translation>Informes sobre los compromisos de la reunión anterior</translation>
    </message>
    <message>
        <source>Main discussion</source>
        <translation>Discusión principal</translation>
    </message>
    <message>
        <source>Decisions and next steps</source>
        <translation>Decisiones y próximos pasos</translation>
    </message>
    <message>
        <source>Who does what by when; record it in the minutes.</source>
        <translation>Quién hace qué y para cuándo; anótalo en el acta.</translation>
    </message>
    <message>
        <source>Commitments and evaluation</source>
        <translation>Compromisos y evaluación</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>Welcome, goals and agreements</source>
        <translation>Bienvenida, objetivos y acuerdos</translation>
    </message>
    <message>
        <source>Module 1</source>
        <translation>Módulo 1</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Module 2</source>
        <translation>Módulo 2</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>&amp;Add agenda item…</source>
        <translation>&amp;Agregar punto a la agenda…</translation>
    </message>
    <message>
        <source>Edit agenda &amp;item…</source>
        <translation>&amp;Editar punto de la agenda…</translation>
    </message>
    <message>
        <source>Delete agenda item</source>
        <translation>Eliminar punto de la agenda</translation>
    </message>
    <message>
        <source>Move item &amp;up</source>
        <translation>S&amp;ubir punto</translation>
    </message>
    <message>
        <source>Move item do&amp;wn</source>
        <translation>&amp;Bajar punto</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Agregar…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>A&amp;genda templates</source>
        <translation>P&amp;lantillas de agenda</translation>
    </message>
    <message>
        <source>&amp;Delete template</source>
        <translation>&amp;Eliminar plantilla</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>Agregar punto a la agenda</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Agregar “%1”</translation>
    </message>
    <message>
        <source>Edit agenda item</source>
        <translation>Editar punto de la agenda</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Editar “%1”</translation>
    </message>
    <message>
        <source>delete the item</source>
        <translation>eliminar el punto</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Eliminar “%1”</translation>
    </message>
    <message>
        <source>move the item</source>
        <translation>mover el punto</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>Mover “%1”</translation>
    </message>
    <message>
        <source>apply the template</source>
        <translation>aplicar la plantilla</translation>
    </message>
    <message>
        <source>Apply template “%1”</source>
        <translation>Aplicar la plantilla “%1”</translation>
    </message>
    <message>
        <source>A template named “%1” already exists. Replace it with this agenda?</source>
        <translation>Ya hay una plantilla llamada “%1”. ¿La reemplazas con esta agenda?</translation>
    </message>
    <message>
        <source>Replace template</source>
        <translation>Reemplazar plantilla</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>save the template</source>
        <translation>guardar la plantilla</translation>
    </message>
    <message>
        <source>Saved the template “%1”.</source>
        <translation>Se guardó la plantilla “%1”.</translation>
    </message>
    <message>
        <source>Delete the template “%1”? Agendas already made from it stay as they are.</source>
        <translation>¿Eliminar la plantilla “%1”? Las agendas que ya se hicieron con ella quedan como están.</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Eliminar plantilla</translation>
    </message>
    <message>
        <source>delete the template</source>
        <translation>eliminar la plantilla</translation>
    </message>
    <message>
        <source>Deleted the template “%1”.</source>
        <translation>Se eliminó la plantilla “%1”.</translation>
    </message>
    <message>
        <source>undo or redo that change</source>
        <translation>deshacer o rehacer ese cambio</translation>
    </message>
    <message numerus="yes">
        <source>%n items · %2 planned · ends %3 (the meeting is planned %4–%5)</source>
        <translation>
            <numerusform>%n punto · %2 previstos · termina a las %3 (reunión prevista: %4–%5)</numerusform>
            <numerusform>%n puntos · %2 previstos · termina a las %3 (reunión prevista: %4–%5)</numerusform>
        </translation>
    </message>
    <message>
        <source>The items run %1 over the planned %2. Shorten or drop an item, or lengthen the meeting.</source>
        <translation>Los puntos duran %1 más de lo previsto (%2). Acorta o quita un punto, o alarga la reunión.</translation>
    </message>
    <message numerus="yes">
        <source>%n items · %2 planned · ran %3–%6 (the meeting was planned %4–%5)</source>
        <translation>
            <numerusform>%n punto · %2 previstos · se hizo de %3 a %6 (reunión prevista: %4–%5)</numerusform>
            <numerusform>%n puntos · %2 previstos · se hizo de %3 a %6 (reunión prevista: %4–%5)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items · %2 planned · started %3, projected end %6 (the meeting is planned %4–%5)</source>
        <translation>
            <numerusform>%n punto · %2 previstos · empezó a las %3, fin estimado %6 (reunión prevista: %4–%5)</numerusform>
            <numerusform>%n puntos · %2 previstos · empezó a las %3, fin estimado %6 (reunión prevista: %4–%5)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add “%1” (%n items, %3)</source>
        <translation>
            <numerusform>Agregar “%1” (%n punto, %3)</numerusform>
            <numerusform>Agregar “%1” (%n puntos, %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save this agenda as a template…</source>
        <translation>Guardar esta agenda como plantilla…</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <source>e.g. Report-backs from each unit</source>
        <translation>p. ej., Informes de cada unidad</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Nadie todavía</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>What the item is for and how it runs</source>
        <translation>Para qué es el punto y cómo se desarrolla</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Planned time:</source>
        <translation>Tiempo &amp;previsto:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Tip&amp;o:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>%1 Plan at least %2 min for it, or its groups will run past its time.</source>
        <translation>%1 Prevé al menos %2 min para él, o sus grupos se pasarán de su tiempo.</translation>
    </message>
    <message>
        <source>Who owns this item?</source>
        <translation>¿Quién es responsable de este punto?</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Time used</source>
        <translation>Tiempo usado</translation>
    </message>
    <message>
        <source>Started at %1 (planned %2)</source>
        <translation>Empezó a las %1 (prevista a las %2)</translation>
    </message>
    <message>
        <source>Starts at about %1 at this pace (planned %2)</source>
        <translation>A este ritmo, empieza hacia las %1 (prevista a las %2)</translation>
    </message>
    <message>
        <source>Not reached (planned %1)</source>
        <translation>No se llegó (prevista a las %1)</translation>
    </message>
    <message>
        <source>Planned to start at %1</source>
        <translation>Prevista para empezar a las %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable: %1</translation>
    </message>
    <message>
        <source>%1 used: %2 over the planned %3</source>
        <translation>%1 usados: %2 más de lo previsto (%3)</translation>
    </message>
</context>
<context>
    <name>AgendaRunner</name>
    <message>
        <source>Time left on the current item</source>
        <translation>Tiempo restante del punto actual</translation>
    </message>
    <message>
        <source>Meeting clock</source>
        <translation>Reloj de la reunión</translation>
    </message>
    <message>
        <source>&amp;Start meeting</source>
        <translation>&amp;Iniciar reunión</translation>
    </message>
    <message>
        <source>&amp;Pause / resume item</source>
        <translation>Pausar / reanudar punto</translation>
    </message>
    <message>
        <source>Start selected ite&amp;m</source>
        <translation>Iniciar punto seleccio&amp;nado</translation>
    </message>
    <message>
        <source>Sign-in was open when meetingkit closed. Phones can&apos;t sign in until you open it again.</source>
        <translation>El registro estaba abierto cuando meetingkit se cerró. Los teléfonos no pueden registrarse hasta que lo vuelvas a abrir.</translation>
    </message>
    <message>
        <source>Open sign-in again</source>
        <translation>Abrir el registro de nuevo</translation>
    </message>
    <message>
        <source>Leave it closed</source>
        <translation>Dejarlo cerrado</translation>
    </message>
    <message>
        <source>Leave sign-in closed</source>
        <translation>Dejar el registro cerrado</translation>
    </message>
    <message>
        <source>Sign-in was open</source>
        <translation>El registro estaba abierto</translation>
    </message>
    <message>
        <source>Ne&amp;xt agenda item</source>
        <translation>Siguiente punto de la agenda</translation>
    </message>
    <message>
        <source>&amp;End meeting</source>
        <translation>Ter&amp;minar reunión</translation>
    </message>
    <message>
        <source>Record &amp;decision…</source>
        <translation>Registrar &amp;decisión…</translation>
    </message>
    <message>
        <source>&amp;Temperature check…</source>
        <translation>&amp;Sondeo…</translation>
    </message>
    <message>
        <source>Start meeting</source>
        <translation>Iniciar reunión</translation>
    </message>
    <message>
        <source>Start item</source>
        <translation>Iniciar punto</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Siguiente punto</translation>
    </message>
    <message>
        <source>End meeting</source>
        <translation>Terminar reunión</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <source>Notes for the selected item, saved as you type: what was said, who will do what by when.</source>
        <translation>Notas del punto seleccionado, se guardan mientras escribes: qué se dijo, quién hará qué y para cuándo.</translation>
    </message>
    <message>
        <source>Minutes for the selected item</source>
        <translation>Acta del punto seleccionado</translation>
    </message>
    <message>
        <source>Resumed after a restart. This computer&apos;s clock reads about %3 earlier than the last time saved for this meeting (%2): its date or time was changed. The meeting&apos;s clock carries on from %2, so no time runs backwards, and the time meetingkit was closed is not counted. Check the computer&apos;s date and time.</source>
        <translation>Se reanudó tras reiniciar. El reloj de esta computadora marca unos %3 menos que la última hora guardada de esta reunión (%2): se cambió su fecha u hora. El reloj de la reunión sigue desde las %2, así que ningún tiempo corre hacia atrás, y el tiempo que meetingkit estuvo cerrado no cuenta. Revisa la fecha y la hora de la computadora.</translation>
    </message>
    <message>
        <source>Resumed after a restart. meetingkit was closed for about %1 (since %2) while this meeting ran; that time is counted, as on a wall clock.</source>
        <translation>Se reanudó tras reiniciar. meetingkit estuvo cerrado unos %1 (desde las %2) mientras la reunión seguía; ese tiempo cuenta, como en un reloj de pared.</translation>
    </message>
    <message>
        <source>Resumed after a restart. meetingkit was closed for about %1 (since %2) while the agenda was paused: no item&apos;s time ran, and the meeting&apos;s clock counts it, as on a wall clock.</source>
        <translation>Se reanudó tras reiniciar. meetingkit estuvo cerrado unos %1 (desde las %2) con la agenda en pausa: no corrió el tiempo de ningún punto, y el reloj de la reunión sí lo cuenta, como un reloj de pared.</translation>
    </message>
    <message>
        <source>Minutes — %1</source>
        <translation>Acta — %1</translation>
    </message>
    <message>
        <source>  (paused)</source>
        <translation>  (en pausa)</translation>
    </message>
    <message>
        <source>%1 over the planned %2 min</source>
        <translation>%1 más de los %2 min previstos</translation>
    </message>
    <message>
        <source>left of the planned %2 min</source>
        <translation>restantes de los %2 min previstos</translation>
    </message>
    <message>
        <source>%1 · its rotation takes %2</source>
        <translation>%1 · su rotación dura %2</translation>
    </message>
    <message>
        <source>Time check: %1 left on “%2”. Timekeeper, call time.</source>
        <translation>Aviso de tiempo: quedan %1 para “%2”. Quien controla el tiempo, avísale a la sala.</translation>
    </message>
    <message numerus="yes">
        <source>%n people waiting to speak, %1 left: close the stack? (Ctrl+3, then Ctrl+K)</source>
        <translation>
            <numerusform>%n persona espera para hablar y quedan %1: ¿cerrar la lista de palabra? (Ctrl+3 y luego Ctrl+K)</numerusform>
            <numerusform>%n personas esperan para hablar y quedan %1: ¿cerrar la lista de palabra? (Ctrl+3 y luego Ctrl+K)</numerusform>
        </translation>
    </message>
    <message>
        <source>This meeting was left open: End meeting was never pressed. The last thing recorded is at %1, %2, and the agenda is shown as it was then.</source>
        <translation>Esta reunión quedó abierta: nunca se presionó Terminar reunión. Lo último registrado es de las %1, %2, y la agenda se muestra como estaba entonces.</translation>
    </message>
    <message>
        <source>End at %1…</source>
        <translation>Terminar a las %1…</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 del %2</translation>
    </message>
    <message>
        <source>when the last item ended</source>
        <translation>cuando terminó el último punto</translation>
    </message>
    <message>
        <source>when the last speaker finished</source>
        <translation>cuando terminó de hablar la última persona</translation>
    </message>
    <message>
        <source>when the last speaker began</source>
        <translation>cuando empezó a hablar la última persona</translation>
    </message>
    <message>
        <source>when the meeting started</source>
        <translation>cuando empezó la reunión</translation>
    </message>
    <message>
        <source>when the agenda last moved on</source>
        <translation>cuando la agenda avanzó por última vez</translation>
    </message>
    <message>
        <source>when “%1” ended</source>
        <translation>cuando terminó “%1”</translation>
    </message>
    <message>
        <source>when “%1” was paused</source>
        <translation>cuando se pausó “%1”</translation>
    </message>
    <message>
        <source>when “%1” started</source>
        <translation>cuando empezó “%1”</translation>
    </message>
    <message>
        <source>Add agenda items, or pick a template, to run this meeting.</source>
        <translation>Agrega puntos a la agenda, o elige una plantilla, para realizar esta reunión.</translation>
    </message>
    <message>
        <source>Not started. Press F5 to start the meeting and its first item.</source>
        <translation>Sin iniciar. Presiona F5 para iniciar la reunión y su primer punto.</translation>
    </message>
    <message>
        <source>The meeting has ended.</source>
        <translation>La reunión terminó.</translation>
    </message>
    <message>
        <source>Every item is done. Press Shift+F8 to end the meeting.</source>
        <translation>Ya se trataron todos los puntos. Presiona Shift+F8 para terminar la reunión.</translation>
    </message>
    <message>
        <source>No item is on. Select one and press F7, or press F8 for the next.</source>
        <translation>No hay ningún punto en curso. Selecciona uno y presiona F7, o presiona F8 para el siguiente.</translation>
    </message>
    <message>
        <source>Planned %1–%2</source>
        <translation>Prevista: %1–%2</translation>
    </message>
    <message>
        <source>Started %1 · left open since %2</source>
        <translation>Empezó a las %1 · abierta desde las %2</translation>
    </message>
    <message>
        <source>Ended at %1 after %2.</source>
        <translation>Terminó a las %1, después de %2.</translation>
    </message>
    <message>
        <source>Meeting: %2 so far · projected end %1</source>
        <translation>Reunión: %2 hasta ahora · fin estimado %1</translation>
    </message>
    <message>
        <source> — %1 past the planned end %2</source>
        <translation> — %1 después del fin previsto (%2)</translation>
    </message>
    <message>
        <source> — %3 past the planned end</source>
        <translation> — %3 después del fin previsto</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Decisión: %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>This meeting is planned for %1. Start it now? Its times will be counted from now.</source>
        <translation>Esta reunión está prevista para el %1. ¿La inicias ahora? Sus tiempos se contarán desde ahora.</translation>
    </message>
    <message>
        <source>This meeting is planned to start at %1, %2 from now. Start it now? Its times will be counted from now.</source>
        <translation>Esta reunión está prevista para empezar a las %1, dentro de %2. ¿La inicias ahora? Sus tiempos se contarán desde ahora.</translation>
    </message>
    <message>
        <source>Start the meeting?</source>
        <translation>¿Iniciar la reunión?</translation>
    </message>
    <message>
        <source>start the meeting</source>
        <translation>iniciar la reunión</translation>
    </message>
    <message>
        <source>The meeting has moved on since it started: an item was paused, finished or put on, or someone was given the floor. Undoing the start would lose that record. To stop the meeting, end it (Shift+F8).</source>
        <translation>La reunión avanzó desde que empezó: se pausó, terminó o inició un punto, o alguien tomó la palabra. Deshacer el inicio perdería ese registro. Para detener la reunión, termínala (Shift+F8).</translation>
    </message>
    <message>
        <source>The start can&apos;t be undone</source>
        <translation>No se puede deshacer el inicio</translation>
    </message>
    <message>
        <source>redo the start</source>
        <translation>rehacer el inicio</translation>
    </message>
    <message>
        <source>start the item</source>
        <translation>iniciar el punto</translation>
    </message>
    <message>
        <source>pause or resume the item</source>
        <translation>pausar o reanudar el punto</translation>
    </message>
    <message>
        <source>move to the next item</source>
        <translation>pasar al siguiente punto</translation>
    </message>
    <message>
        <source>The clocks stop, and the meeting cannot be started again.</source>
        <translation>Los relojes se detienen y la reunión no puede volver a empezar.</translation>
    </message>
    <message numerus="yes">
        <source>%n items have not been reached.</source>
        <translation>
            <numerusform>Queda %n punto sin tratar.</numerusform>
            <numerusform>Quedan %n puntos sin tratar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in from phones closes too.</source>
        <translation>También se cierra el registro desde teléfonos.</translation>
    </message>
    <message>
        <source>End the meeting?</source>
        <translation>¿Terminar la reunión?</translation>
    </message>
    <message>
        <source>It is recorded as lasting %1 (%2–%3).</source>
        <translation>Queda registrada con una duración de %1 (%2–%3).</translation>
    </message>
    <message>
        <source>This meeting was left open. The last thing recorded is at %1, %2. Ended then, it is recorded as lasting %3 (%4–%5).</source>
        <translation>Esta reunión quedó abierta. Lo último registrado es de las %1, %2. Si se da por terminada a esa hora, queda registrada con una duración de %3 (%4–%5).</translation>
    </message>
    <message>
        <source>End at %1</source>
        <translation>Terminar a las %1</translation>
    </message>
    <message>
        <source>Every item is done. Ended at %1, %2, the meeting is recorded as lasting %3; ended now, %4.</source>
        <translation>Ya se trataron todos los puntos. Si se da por terminada a las %1, %2, la reunión queda registrada con una duración de %3; si se termina ahora, de %4.</translation>
    </message>
    <message>
        <source>End at %1, %2</source>
        <translation>Terminar a las %1, %2</translation>
    </message>
    <message>
        <source>End now</source>
        <translation>Terminar ahora</translation>
    </message>
    <message>
        <source>end the meeting</source>
        <translation>terminar la reunión</translation>
    </message>
    <message>
        <source>save the minutes</source>
        <translation>guardar el acta</translation>
    </message>
    <message numerus="yes">
        <source>The minutes of %n items are not saved yet. They stay here, and meetingkit keeps trying to save them.</source>
        <translation>
            <numerusform>El acta de %n punto todavía no está guardada. Se queda aquí, y meetingkit sigue intentando guardarla.</numerusform>
            <numerusform>Las actas de %n puntos todavía no están guardadas. Se quedan aquí, y meetingkit sigue intentando guardarlas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The minutes typed for %1 could not be saved, and are lost if you close now.

%2

Cancel keeps meetingkit open with them: they are saved within seconds once the disk takes them. You can also copy them into another program first.</source>
        <translation>No se pudo guardar lo escrito en el acta de %1, y se pierde si cierras ahora.

%2

Presiona Cancelar para dejar meetingkit abierto con lo escrito: se guarda en unos segundos en cuanto el disco lo permita. También puedes copiarlo antes en otro programa.</translation>
    </message>
    <message>
        <source>Close without the minutes?</source>
        <translation>¿Cerrar sin el acta?</translation>
    </message>
    <message>
        <source>Close and lose them</source>
        <translation>Cerrar sin guardar</translation>
    </message>
</context>
<context>
    <name>Airtime</name>
    <message>
        <source>Not given</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Other professions</source>
        <translation>Otras profesiones</translation>
    </message>
    <message>
        <source>Other or not given</source>
        <translation>Otras o sin indicar</translation>
    </message>
    <message>
        <source>First-timers</source>
        <translation>Personas nuevas</translation>
    </message>
    <message>
        <source>(not in the directory)</source>
        <translation>(no está en el directorio)</translation>
    </message>
</context>
<context>
    <name>Airtime chart</name>
    <message>
        <source>share of the people in the room</source>
        <translation>parte de las personas en la sala</translation>
    </message>
    <message>
        <source>share of speaking time</source>
        <translation>parte del tiempo de palabra</translation>
    </message>
</context>
<context>
    <name>AirtimeBars</name>
    <message>
        <source>%1 — room %2 · airtime %3</source>
        <translation>%1 — sala %2 · tiempo de palabra %3</translation>
    </message>
    <message>
        <source>Airtime by group</source>
        <translation>Tiempo de palabra por grupo</translation>
    </message>
    <message>
        <source>No airtime yet.</source>
        <translation>Aún no hay tiempo de palabra.</translation>
    </message>
    <message>
        <source>share of the room</source>
        <translation>parte de la sala</translation>
    </message>
    <message>
        <source>share of airtime</source>
        <translation>parte del tiempo de palabra</translation>
    </message>
    <message>
        <source>well above its room share</source>
        <translation>muy por encima de su parte de la sala</translation>
    </message>
    <message>
        <source>airtime %1</source>
        <translation>tiempo %1</translation>
    </message>
    <message numerus="yes">
        <source>+%n more groups</source>
        <translation>
            <numerusform>+%n grupo más</numerusform>
            <numerusform>+%n grupos más</numerusform>
        </translation>
    </message>
    <message>
        <source>room %1</source>
        <translation>sala %1</translation>
    </message>
</context>
<context>
    <name>AirtimePanel</name>
    <message>
        <source>Total speaking time</source>
        <translation>Tiempo total de palabra</translation>
    </message>
    <message>
        <source>Airtime by group, against share of the room</source>
        <translation>Tiempo de palabra por grupo, frente a su parte de la sala</translation>
    </message>
    <message>
        <source> people</source>
        <translation> personas</translation>
    </message>
    <message>
        <source>Smallest group shown</source>
        <translation>Grupo más pequeño que se muestra</translation>
    </message>
    <message>
        <source>Airtime by group leaves out any group with fewer people present than this: here, on the projector, in the report and in the counts a purge keeps. The smaller the number, the less private: in a group of three, the bar is close to each one&apos;s own speaking time. It never goes below 3.</source>
        <translation>El tiempo de palabra por grupo deja fuera cualquier grupo con menos personas presentes que este número: aquí, en el proyector, en el informe y en los recuentos que se guardan al depurar. Cuanto más pequeño el número, menos privado: en un grupo de tres, la barra se acerca al tiempo de palabra de cada persona. Nunca baja de 3.</translation>
    </message>
    <message>
        <source>Smallest group shown:</source>
        <translation>Grupo más pequeño que se muestra:</translation>
    </message>
    <message>
        <source>Airtime per person</source>
        <translation>Tiempo de palabra por persona</translation>
    </message>
    <message>
        <source>Airtime per person — this screen only</source>
        <translation>Tiempo de palabra por persona — solo en esta pantalla</translation>
    </message>
    <message numerus="yes">
        <source>%n smaller group(s) not shown, as on the projector.</source>
        <translation>
            <numerusform>%n grupo más pequeño no se muestra, igual que en el proyector.</numerusform>
            <numerusform>%n grupos más pequeños no se muestran, igual que en el proyector.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has spoken yet.</source>
        <translation>Nadie ha hablado todavía.</translation>
    </message>
    <message>
        <source>Speaking time: %1 in the meeting, %2 on this item</source>
        <translation>Tiempo de palabra: %1 en la reunión, %2 en este punto</translation>
    </message>
</context>
<context>
    <name>AlreadyPlannedQuestion</name>
    <message>
        <source>“%1” is already planned for %2: open it instead?</source>
        <translation>“%1” ya está planeada para el %2: ¿abrirla en lugar de crear otra?</translation>
    </message>
    <message>
        <source>Already planned</source>
        <translation>Ya está planeada</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Abrirla</translation>
    </message>
    <message>
        <source>Create another</source>
        <translation>Crear otra</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
</context>
<context>
    <name>ArrivalsModel</name>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>at the laptop</source>
        <translation>quiosco</translation>
    </message>
    <message>
        <source>marked here</source>
        <translation>a mano</translation>
    </message>
    <message>
        <source>joined the stack</source>
        <translation>pidió la palabra</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profesión</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>First time</source>
        <translation>Primera vez</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>★ first time</source>
        <translation>★ primera vez</translation>
    </message>
    <message numerus="yes">
        <source>Signed in %n times; this row is the latest.</source>
        <translation>
            <numerusform>Se registró %n vez; esta fila es el registro más reciente.</numerusform>
            <numerusform>Se registró %n veces; esta fila es el registro más reciente.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>That meeting or person no longer exists.</source>
        <translation>Esa reunión o esa persona ya no existe.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>%1 is not a meetingkit database: it is not an SQLite file.</source>
        <translation>%1 no es una base de datos de meetingkit: no es un archivo SQLite.</translation>
    </message>
    <message>
        <source>%1 is encrypted: give its passphrase to use it.</source>
        <translation>%1 está cifrado: escribe su frase de contraseña para usarlo.</translation>
    </message>
    <message>
        <source>The passphrase does not open %1, or it is not a meetingkit database.</source>
        <translation>La frase de contraseña no abre %1, o no es una base de datos de meetingkit.</translation>
    </message>
    <message>
        <source>%1 is damaged: it cannot be read as a database (%2).</source>
        <translation>%1 está dañado: no se puede leer como base de datos (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Use another backup.</source>
        <translation>%1 está dañado (%2). Usa otra copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 is an SQLite file but not a meetingkit database.</source>
        <translation>%1 es un archivo SQLite, pero no una base de datos de meetingkit.</translation>
    </message>
    <message>
        <source>Cannot create the backups folder %1: %2.</source>
        <translation>No se puede crear la carpeta de copias de seguridad %1: %2.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or delete the old backup first.</source>
        <translation>%1 ya existe. Elige otro nombre o borra primero la copia de seguridad anterior.</translation>
    </message>
    <message>
        <source>The backup written to %1 did not read back whole (%2): the drive may be failing. Nothing was changed. Choose another place for the backup.</source>
        <translation>La copia de seguridad escrita en %1 no se pudo volver a leer completa (%2): puede que la unidad esté fallando. No se cambió nada. Elige otro lugar para la copia de seguridad.</translation>
    </message>
    <message>
        <source>Could not write the backup to %1: %2. Nothing was changed. Check there is free space and that you may write there, or choose another place.</source>
        <translation>No se pudo escribir la copia de seguridad en %1: %2. No se cambió nada. Revisa que haya espacio libre y que tengas permiso para escribir ahí, o elige otro lugar.</translation>
    </message>
    <message>
        <source>The data being backed up is damaged: meetingkit cannot read all of %1 (%2). No backup was made of it.</source>
        <translation>Los datos que se están respaldando están dañados: meetingkit no puede leer todo %1 (%2). No se hizo ninguna copia de seguridad de ellos.</translation>
    </message>
    <message>
        <source>There is no backup in %1. If you saved one elsewhere, close meetingkit and restore it with:
%2</source>
        <translation>No hay ninguna copia de seguridad en %1. Si guardaste una en otro lugar, cierra meetingkit y restáurala con:
%2</translation>
    </message>
    <message>
        <source>The newest backup is %1 (written %2). To put it in place of the damaged file, which is kept, close meetingkit and run:
%3</source>
        <translation>La copia de seguridad más reciente es %1 (escrita el %2). Para ponerla en lugar del archivo dañado, que se conserva, cierra meetingkit y ejecuta:
%3</translation>
    </message>
    <message>
        <source>Your current data is damaged: meetingkit cannot read all of it, so it cannot be saved first as a restore does. Nothing was restored. To put %1 in its place (the damaged file is kept as it is), close meetingkit and run:
%2</source>
        <translation>Tus datos actuales están dañados: meetingkit no puede leerlos completos, así que no se pueden guardar primero, como hace una restauración. No se restauró nada. Para poner %1 en su lugar (el archivo dañado se conserva tal como está), cierra meetingkit y ejecuta:
%2</translation>
    </message>
    <message>
        <source>The restore failed (%1). Your data as it was is saved in %2: restore that file to get it back.</source>
        <translation>La restauración falló (%1). Tus datos, tal como estaban, se guardaron en %2: restaura ese archivo para recuperarlos.</translation>
    </message>
    <message>
        <source>Could not put the backup in place of %1: %2. Check there is free space and that you may write there.</source>
        <translation>No se pudo poner la copia de seguridad en lugar de %1: %2. Revisa que haya espacio libre y que tengas permiso para escribir ahí.</translation>
    </message>
    <message>
        <source>%1 cannot be restored: it is a whole database, but meetingkit cannot read what it holds (%2). Another program may have changed it. Use another backup.</source>
        <translation>%1 no se puede restaurar: la base de datos está entera, pero meetingkit no puede leer lo que contiene (%2). Puede que otro programa la haya cambiado. Usa otra copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 cannot be restored: meetingkit cannot read row %2 of the table “%3” (its “%4”: %5). Another program may have changed it. Use another backup.</source>
        <translation>%1 no se puede restaurar: meetingkit no puede leer la fila %2 de la tabla “%3” (su “%4”: %5). Puede que otro programa la haya cambiado. Usa otra copia de seguridad.</translation>
    </message>
    <message>
        <source>Nothing was restored: your data is as it was.</source>
        <translation>No se restauró nada: tus datos siguen como estaban.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a backup. Choose the backup file itself: meetingkit&apos;s are named meetingkit-backup-DATE-TIME.sqlite.</source>
        <translation>%1 es una carpeta, no una copia de seguridad. Elige el archivo de la copia de seguridad: las de meetingkit se llaman meetingkit-backup-FECHA-HORA.sqlite.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>No existe el archivo %1.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): it is not a backup, and holds nothing to restore. Choose another file. Nothing was restored: your data is as it was.</source>
        <translation>%1 está vacío (0 bytes): no es una copia de seguridad y no tiene nada que restaurar. Elige otro archivo. No se restauró nada: tus datos están como estaban.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>Cannot make a private copy of %1 in %2 to check it: %3.</source>
        <translation>No se puede hacer una copia privada de %1 en %2 para revisarla: %3.</translation>
    </message>
    <message>
        <source>The data is not encrypted, so neither are its backups: turn encryption on first, then delete the unencrypted backups.</source>
        <translation>Los datos no están cifrados, así que sus copias de seguridad tampoco: primero activa el cifrado y luego elimina las copias sin cifrar.</translation>
    </message>
</context>
<context>
    <name>BackupPath</name>
    <message>
        <source>Back up meetingkit&apos;s data</source>
        <translation>Hacer una copia de seguridad de los datos de meetingkit</translation>
    </message>
    <message>
        <source>meetingkit backups</source>
        <translation>Copias de seguridad de meetingkit</translation>
    </message>
</context>
<context>
    <name>BalanceModel</name>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
</context>
<context>
    <name>BalanceTab</name>
    <message>
        <source>Professions per meeting</source>
        <translation>Profesiones por reunión</translation>
    </message>
    <message>
        <source>Counts appear once the group has held a meeting.</source>
        <translation>Los conteos aparecen cuando el grupo haya tenido su primera reunión.</translation>
    </message>
    <message numerus="yes">
        <source>%n professions over %1.</source>
        <translation>
            <numerusform>%n profesión en %1.</numerusform>
            <numerusform>%n profesiones en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meetings held</source>
        <translation>
            <numerusform>%n reunión realizada</numerusform>
            <numerusform>%n reuniones realizadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Came before, not to the last meeting: %1.</source>
        <translation>Vinieron antes, pero no a la última reunión: %1.</translation>
    </message>
</context>
<context>
    <name>Call list PDF</name>
    <message>
        <source>Call list</source>
        <translation>Lista de llamadas</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Committed to</source>
        <translation>Se comprometió a</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>%1 (%2) for %3, %4 · printed %5.</source>
        <translation>%1 (%2) a cargo de %3, %4 · impresa el %5.</translation>
    </message>
    <message>
        <source>%1 (%2), %3 · printed %4.</source>
        <translation>%1 (%2), %3 · impresa el %4.</translation>
    </message>
    <message>
        <source>Only commitments made at meetings since %1.</source>
        <translation>Solo los compromisos hechos en reuniones desde el %1.</translation>
    </message>
    <message>
        <source>Nothing to follow up: every commitment is closed.</source>
        <translation>No hay seguimientos pendientes: todos los compromisos están cerrados.</translation>
    </message>
    <message>
        <source>1 follow-up</source>
        <translation>1 seguimiento</translation>
    </message>
    <message>
        <source>%1 follow-ups</source>
        <translation>%1 seguimientos</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 persona</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 personas</translation>
    </message>
    <message>
        <source>1 overdue</source>
        <translation>1 atrasado</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 atrasados</translation>
    </message>
    <message>
        <source>Keep this list private: it names people who are organizing at work. Shred it when the calls are done.</source>
        <translation>Mantén esta lista en privado: nombra a personas que se están organizando en su trabajo. Destrúyela cuando termines las llamadas.</translation>
    </message>
</context>
<context>
    <name>CallListDialog</name>
    <message>
        <source>Print call list</source>
        <translation>Imprimir lista de llamadas</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Quien organiza</translation>
    </message>
    <message>
        <source>Everyone&apos;s calls</source>
        <translation>Las llamadas de todos</translation>
    </message>
    <message>
        <source>Only from meetings since</source>
        <translation>Solo de reuniones desde el</translation>
    </message>
    <message>
        <source>Meetings since</source>
        <translation>Reuniones desde el</translation>
    </message>
    <message>
        <source>Organizer:</source>
        <translation>Quien organiza:</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>There is no card layout “%1”. Choose one of: %2.</source>
        <translation>No existe el formato de tarjeta “%1”. Elige uno de estos: %2.</translation>
    </message>
    <message>
        <source>There are no cards to print.</source>
        <translation>No hay tarjetas que imprimir.</translation>
    </message>
    <message>
        <source>Commitment cards — %1</source>
        <translation>Tarjetas de compromiso — %1</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>Gafetes</translation>
    </message>
    <message>
        <source>There are no badges to print.</source>
        <translation>No hay gafetes que imprimir.</translation>
    </message>
    <message>
        <source>Name tents</source>
        <translation>Letreros con nombre</translation>
    </message>
    <message>
        <source>There are no name tents to print.</source>
        <translation>No hay letreros con nombre que imprimir.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>I commit to…</source>
        <translation>Me comprometo a…</translation>
    </message>
    <message>
        <source>Hours per week I can give:</source>
        <translation>Horas por semana que puedo dar:</translation>
    </message>
    <message>
        <source>You may contact me about this work:</source>
        <translation>Pueden contactarme sobre este trabajo:</translation>
    </message>
    <message>
        <source>Phone / email</source>
        <translation>Teléfono / correo</translation>
    </message>
    <message>
        <source>KEEP THIS PART</source>
        <extracomment>On the stub the attendee tears off and takes home.</extracomment>
        <translation>GUARDA ESTA PARTE</translation>
    </message>
    <message>
        <source>My commitment:</source>
        <translation>Mi compromiso:</translation>
    </message>
    <message>
        <source>We’ll be in touch by</source>
        <extracomment>Followed by a date on the next line: &quot;We’ll be in touch by / Sat 21 Nov 2026&quot;.</extracomment>
        <translation>Te contactaremos a más tardar el</translation>
    </message>
    <message>
        <source>Your organizer</source>
        <translation>Quien organiza</translation>
    </message>
    <message>
        <source>Card %1</source>
        <extracomment>%1 is the card&apos;s ID, e.g. &quot;Card K7QX-3M&quot;.</extracomment>
        <translation>Tarjeta %1</translation>
    </message>
    <message>
        <source>index card</source>
        <extracomment>The layouts&apos; short names, for a card&apos;s options that fit only some of them.</extracomment>
        <translation>ficha</translation>
    </message>
    <message>
        <source>postcard</source>
        <translation>postal</translation>
    </message>
    <message>
        <source>quarter-letter</source>
        <translation>cuarto de carta</translation>
    </message>
    <message>
        <source>A6</source>
        <translation>A6</translation>
    </message>
    <message>
        <source>The commitments do not fit on this card even in small type. Shorten them, offer fewer, or print on a layout they fit: %1.</source>
        <extracomment>%1 lists the layouts that fit, e.g. &quot;postcard, quarter-letter, A6&quot;.</extracomment>
        <translation>Los compromisos no caben en esta tarjeta ni con letra pequeña. Acórtalos, ofrece menos o imprime en un formato en el que quepan: %1.</translation>
    </message>
    <message>
        <source>The commitments do not fit on any card, even in small type. Shorten them or offer fewer.</source>
        <translation>Los compromisos no caben en ninguna tarjeta, ni con letra pequeña. Acórtalos u ofrece menos.</translation>
    </message>
    <message>
        <source>The organizer’s contact is too long for the stub on this layout (%1), even in small type: “%2”. Shorten it (a name and a phone number are enough), or print on a layout it fits: %3.</source>
        <extracomment>%1 is the layout printed on (&quot;index card&quot;), %2 the contact as typed, %3 lists the layouts it fits, e.g. &quot;postcard, quarter-letter, A6&quot;.</extracomment>
        <translation>El contacto de quien organiza no cabe en el talón de este formato (%1), ni con letra pequeña: “%2”. Acórtalo (basta un nombre y un teléfono) o imprime en un formato en el que quepa: %3.</translation>
    </message>
    <message>
        <source>The organizer’s contact is too long for the stub of any card, even in small type: “%1”. Shorten it: a name and a phone number are enough.</source>
        <translation>El contacto de quien organiza no cabe en el talón de ninguna tarjeta, ni con letra pequeña: “%1”. Acórtalo: basta un nombre y un teléfono.</translation>
    </message>
</context>
<context>
    <name>Command line</name>
    <message>
        <source>Note: %1 is a PDF; its name does not end in .pdf.</source>
        <translation>Nota: %1 es un PDF; su nombre no termina en .pdf.</translation>
    </message>
    <message>
        <source>Say where to write the demo with --data-dir DIR, so it never mixes with your real meetings.</source>
        <translation>Di dónde escribir la demostración con --data-dir DIR, para que nunca se mezcle con tus reuniones reales.</translation>
    </message>
    <message>
        <source>%1 already holds meetings, people or groups. The demo goes in a folder of its own, so it never mixes with real ones: choose a new or empty folder.</source>
        <translation>%1 ya tiene reuniones, personas o grupos. La demostración va en una carpeta propia, para que nunca se mezcle con datos reales: elige una carpeta nueva o vacía.</translation>
    </message>
    <message>
        <source>--wifi-password needs --wifi-ssid, the name of the Wi-Fi to join: the poster&apos;s Wi-Fi code holds both.</source>
        <translation>--wifi-password necesita --wifi-ssid, el nombre de la red Wi-Fi a la que conectarse: el código Wi-Fi del cartel lleva los dos.</translation>
    </message>
    <message>
        <source>its code leads to %1</source>
        <translation>su código lleva a %1</translation>
    </message>
    <message>
        <source>1 card</source>
        <translation>1 tarjeta</translation>
    </message>
    <message>
        <source>%1 cards</source>
        <translation>%1 tarjetas</translation>
    </message>
    <message>
        <source>1 badge</source>
        <translation>1 gafete</translation>
    </message>
    <message>
        <source>%1 badges</source>
        <translation>%1 gafetes</translation>
    </message>
    <message>
        <source>1 tent</source>
        <translation>1 letrero con nombre</translation>
    </message>
    <message>
        <source>%1 tents</source>
        <translation>%1 letreros con nombre</translation>
    </message>
    <message>
        <source>The meeting&apos;s names were purged: this is the shared report, with the counts kept.</source>
        <translation>Los nombres de la reunión se depuraron: este es el informe para compartir, con los recuentos que se conservaron.</translation>
    </message>
    <message>
        <source>1 person to call</source>
        <translation>1 persona a quien llamar</translation>
    </message>
    <message>
        <source>%1 people to call</source>
        <translation>%1 personas a quienes llamar</translation>
    </message>
    <message>
        <source>1 role card</source>
        <translation>1 tarjeta de rol</translation>
    </message>
    <message>
        <source>%1 role cards</source>
        <translation>%1 tarjetas de rol</translation>
    </message>
    <message>
        <source>%1 (%2 to fill in by hand)</source>
        <translation>%1 (%2 para llenar a mano)</translation>
    </message>
    <message>
        <source>1 meeting</source>
        <translation>1 reunión</translation>
    </message>
    <message>
        <source>%1 meetings</source>
        <translation>%1 reuniones</translation>
    </message>
    <message>
        <source>%1, %2 attended</source>
        <translation>%1, %2 asistencias</translation>
    </message>
    <message>
        <source>1 follow-up</source>
        <translation>1 seguimiento</translation>
    </message>
    <message>
        <source>%1 follow-ups</source>
        <translation>%1 seguimientos</translation>
    </message>
    <message>
        <source>Bundled curricula (%1): %2</source>
        <translation>Currículos incluidos (%1): %2</translation>
    </message>
    <message>
        <source>Your curricula (%1): %2</source>
        <translation>Tus currículos (%1): %2</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message>
        <source>none yet.</source>
        <translation>ninguno todavía.</translation>
    </message>
    <message>
        <source>%1 checked, no problems.</source>
        <translation>revisados: %1, sin problemas.</translation>
    </message>
    <message>
        <source>%1 checked, 1 problem:</source>
        <translation>revisados: %1, 1 problema:</translation>
    </message>
    <message>
        <source>%1 checked, %2 problems:</source>
        <translation>revisados: %1, %2 problemas:</translation>
    </message>
    <message>
        <source>%1 has problems; fix them first:</source>
        <translation>%1 tiene problemas; corrígelos primero:</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>%1 is written in %2: with --language %3 only meetingkit&apos;s headings would be in %4, around %2 content. Its %4 edition is %5: %6</source>
        <translation>%1 está escrito en %2: con --language %3 solo los encabezados de meetingkit estarían en %4, alrededor de contenido en %2. Su edición en %4 es %5: %6</translation>
    </message>
    <message>
        <source>(yours)</source>
        <translation>(tuyo)</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 problema</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 problemas</translation>
    </message>
    <message>
        <source>Each --field may name one of our fields only once.</source>
        <translation>Cada --field puede nombrar uno de nuestros campos una sola vez.</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 persona</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 personas</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>omitidas: %1</translation>
    </message>
    <message>
        <source>email or phone left blank for %1: no consent for that channel</source>
        <translation>correo o teléfono en blanco para %1: sin consentimiento para ese medio</translation>
    </message>
    <message>
        <source>meeting %1</source>
        <translation>reunión %1</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 filas</translation>
    </message>
    <message>
        <source>%1 left out</source>
        <translation>%1 omitidas</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>fila %1</translation>
    </message>
    <message>
        <source>would add %1, fill in %2 already here, %3 already here with nothing to add, skip %4 (dry run: nothing changed)</source>
        <translation>agregaría %1, completaría %2 que ya están, %3 que ya están sin nada que agregar, omitiría %4 (prueba: no se cambió nada)</translation>
    </message>
    <message>
        <source>added %1, filled in %2 already here, %3 already here with nothing to add, skipped %4</source>
        <translation>agregadas %1, completadas %2 que ya estaban, %3 que ya estaban sin nada que agregar, omitidas %4</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>(ignorada)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>columna %1</translation>
    </message>
    <message>
        <source>and 1 more column ignored (%1); to import one: --map &apos;COLUMN=FIELD&apos;</source>
        <translation>y 1 columna más ignorada (%1); para importarla: --map &apos;COLUMN=FIELD&apos;</translation>
    </message>
    <message>
        <source>and %1 more columns ignored (%2 … %3); to import one: --map &apos;COLUMN=FIELD&apos;</source>
        <translation>y %1 columnas más ignoradas (%2 … %3); para importar una: --map &apos;COLUMN=FIELD&apos;</translation>
    </message>
    <message>
        <source>note: no meetingkit data in this folder yet: the dry run imports into an empty one</source>
        <translation>nota: todavía no hay datos de meetingkit en esta carpeta: la prueba importa en unos vacíos</translation>
    </message>
    <message>
        <source>Nobody in the directory matches “%1”.</source>
        <translation>Nadie en el directorio coincide con “%1”.</translation>
    </message>
    <message>
        <source>%1 people match “%2”; say which with --person ID:</source>
        <translation>%1 personas coinciden con “%2”; di cuál con --person ID:</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <source>the meetingkit data</source>
        <translation>los datos de meetingkit</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Frase de contraseña de %1: </translation>
    </message>
    <message>
        <source>This command only reads the data, so it went on with the file opened read-only: nothing is written to it, and what it prints, exports or backs up is not noted in the data&apos;s logs.</source>
        <translation>Este comando solo lee los datos, así que continuó con el archivo abierto solo para lectura: no se escribe nada en él, y lo que imprime, exporta o copia no queda anotado en los registros de los datos.</translation>
    </message>
    <message>
        <source>No meeting&apos;s retention has run out: nothing to purge.</source>
        <translation>A ninguna reunión se le terminó el plazo de conservación: no hay nada que depurar.</translation>
    </message>
    <message>
        <source>“%1” is still running: its personal data is purged once it has ended.</source>
        <translation>“%1” sigue en curso: sus datos personales se depuran una vez que termine.</translation>
    </message>
    <message>
        <source>Nothing was purged.</source>
        <translation>No se depuró nada.</translation>
    </message>
    <message>
        <source>“%1” was purged on %2: it keeps only anonymous counts, so there is no personal data left to keep or purge.</source>
        <translation>“%1” se depuró el %2: solo conserva recuentos anónimos, así que no quedan datos personales que conservar ni depurar.</translation>
    </message>
    <message>
        <source>It is more than %1 days old: its personal data is purged the next time meetingkit starts (or by `meetingkit purge --due`), keeping only counts. `--keep` undoes it until then.</source>
        <translation>Tiene más de %1 días: sus datos personales se depuran la próxima vez que meetingkit se inicie (o con `meetingkit purge --due`), y solo se conservan los recuentos. `--keep` lo deshace hasta entonces.</translation>
    </message>
    <message>
        <source>Say which meeting with --meeting ID, or --all for every meeting that has no retention yet.</source>
        <translation>Di qué reunión con --meeting ID, o --all para todas las reuniones que todavía no tienen plazo de conservación.</translation>
    </message>
    <message>
        <source>--all sets a retention on the meetings that have none yet: give it with --days N.</source>
        <translation>--all pone un plazo de conservación a las reuniones que todavía no tienen: indícalo con --days N.</translation>
    </message>
    <message>
        <source>--all sets a retention on the meetings that have none yet, so --keep would change nothing. To keep one meeting until purged by hand: --meeting ID --keep.</source>
        <translation>--all pone un plazo de conservación a las reuniones que todavía no tienen, así que --keep no cambiaría nada. Para conservar una reunión hasta depurarla a mano: --meeting ID --keep.</translation>
    </message>
    <message>
        <source>Every meeting already has a retention or was purged: nothing to set.</source>
        <translation>Todas las reuniones ya tienen plazo de conservación o se depuraron: no hay nada que poner.</translation>
    </message>
    <message>
        <source>%1 of them are more than %2 days old: their personal data is purged the next time meetingkit starts (or by `meetingkit purge --due`), keeping only counts.</source>
        <translation>%1 de ellas tienen más de %2 días: sus datos personales se depuran la próxima vez que meetingkit se inicie (o con `meetingkit purge --due`), y solo se conservan los recuentos.</translation>
    </message>
    <message>
        <source>Purge the personal data of the %1 meetings kept until purged by hand %2 days after each one&apos;s date?</source>
        <translation>¿Depurar los datos personales de las %1 reuniones que se conservan hasta depurarlas a mano %2 días después de la fecha de cada una?</translation>
    </message>
    <message>
        <source>Nothing was set.</source>
        <translation>No se puso nada.</translation>
    </message>
    <message>
        <source>Set %1 meetings that had no retention to purge their personal data %2 days after each one&apos;s date; meetings that had one keep theirs.</source>
        <translation>Las %1 reuniones que no tenían plazo de conservación depurarán sus datos personales %2 días después de la fecha de cada una; las que tenían uno conservan el suyo.</translation>
    </message>
    <message>
        <source>purged %1</source>
        <translation>depurada el %1</translation>
    </message>
    <message>
        <source>kept until purged by hand</source>
        <translation>se conserva hasta depurarla a mano</translation>
    </message>
    <message>
        <source>purge on %1 (%2 days)</source>
        <translation>se depura el %1 (%2 días)</translation>
    </message>
    <message>
        <source>%1 MB, encrypted, checked in %2 s</source>
        <translation>%1 MB, cifrada, comprobada en %2 s</translation>
    </message>
    <message>
        <source>%1 MB, NOT encrypted: keep it somewhere safe, checked in %2 s</source>
        <translation>%1 MB, SIN cifrar: guárdala en un lugar seguro, comprobada en %2 s</translation>
    </message>
    <message>
        <source>Deleted 1 old backup from %1: meetingkit keeps the newest %2 it makes there, and its safety backups for %3 days.</source>
        <translation>Se eliminó 1 copia de seguridad antigua de %1: meetingkit conserva las %2 más recientes que hace allí, y sus copias de resguardo durante %3 días.</translation>
    </message>
    <message>
        <source>Deleted %1 old backups from %2: meetingkit keeps the newest %3 it makes there, and its safety backups for %4 days.</source>
        <translation>Se eliminaron %1 copias de seguridad antiguas de %2: meetingkit conserva las %3 más recientes que hace allí, y sus copias de resguardo durante %4 días.</translation>
    </message>
    <message>
        <source>Deleted 1 unencrypted backup made before encryption was turned on.</source>
        <translation>Se eliminó 1 copia de seguridad sin cifrar hecha antes de activar el cifrado.</translation>
    </message>
    <message>
        <source>Deleted %1 unencrypted backups made before encryption was turned on.</source>
        <translation>Se eliminaron %1 copias de seguridad sin cifrar hechas antes de activar el cifrado.</translation>
    </message>
    <message>
        <source>There was no unencrypted backup of meetingkit&apos;s in %1.</source>
        <translation>No había ninguna copia de seguridad sin cifrar de meetingkit en %1.</translation>
    </message>
    <message>
        <source>1 backup in %1 was made before and is not encrypted: anyone who gets it can read everyone&apos;s data in it. To make an encrypted backup and delete it:</source>
        <translation>1 copia de seguridad en %1 se hizo antes y no está cifrada: cualquiera que la obtenga puede leer los datos de todas las personas. Para hacer una copia cifrada y eliminarla:</translation>
    </message>
    <message>
        <source>%1 backups in %2 were made before and are not encrypted: anyone who gets one can read everyone&apos;s data in it. To make an encrypted backup and delete them:</source>
        <translation>%1 copias de seguridad en %2 se hicieron antes y no están cifradas: cualquiera que obtenga una puede leer los datos de todas las personas. Para hacer una copia cifrada y eliminarlas:</translation>
    </message>
    <message>
        <source>meetingkit is open on %1%2. Close it first, then restore again: an open window would write what it shows over the restored data. Nothing was restored.</source>
        <translation>meetingkit está abierto en %1%2. Ciérralo primero y luego vuelve a restaurar: una ventana abierta escribiría lo que muestra encima de los datos restaurados. No se restauró nada.</translation>
    </message>
    <message>
        <source>(process %1 on %2)</source>
        <translation>(proceso %1 en %2)</translation>
    </message>
    <message>
        <source>(process %1)</source>
        <translation>(proceso %1)</translation>
    </message>
    <message>
        <source>Replace all the data in %1 with %2 (%3 meetings, %4 people)? The current data is backed up first.</source>
        <translation>¿Reemplazar todos los datos de %1 por %2 (%3 reuniones, %4 personas)? Primero se hace una copia de seguridad de los datos actuales.</translation>
    </message>
    <message>
        <source>It has 1 person who is not in your current data: anyone you forgot since this backup was made comes back.</source>
        <translation>Tiene 1 persona que no está en tus datos actuales: vuelve cualquiera a quien hayas olvidado desde que se hizo esta copia.</translation>
    </message>
    <message>
        <source>It has %1 people who are not in your current data: anyone you forgot since this backup was made comes back.</source>
        <translation>Tiene %1 personas que no están en tus datos actuales: vuelve cualquiera a quien hayas olvidado desde que se hizo esta copia.</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>No se restauró nada.</translation>
    </message>
    <message>
        <source>Restored %1. The data as it was is in %2.</source>
        <translation>Se restauró %1. Los datos como estaban quedan en %2.</translation>
    </message>
    <message>
        <source>It brought back 1 person who was not in your current data: anyone forgotten since the backup was made is back.</source>
        <translation>Trajo de vuelta a 1 persona que no estaba en tus datos actuales: vuelve cualquiera a quien se olvidó desde que se hizo la copia.</translation>
    </message>
    <message>
        <source>It brought back %1 people who were not in your current data: anyone forgotten since the backup was made is back.</source>
        <translation>Trajo de vuelta a %1 personas que no estaban en tus datos actuales: vuelve cualquiera a quien se olvidó desde que se hizo la copia.</translation>
    </message>
    <message>
        <source>It cannot be backed up first: it is kept beside the restored one instead, as it is.</source>
        <translation>No se le puede hacer una copia de seguridad antes: en su lugar se guarda tal como está, junto al restaurado.</translation>
    </message>
    <message>
        <source>Your current data in %1 is damaged (%2): it cannot be backed up first. The damaged file is kept beside the restored one instead, as it is.</source>
        <translation>Tus datos actuales en %1 están dañados (%2): no se les puede hacer una copia de seguridad antes. En su lugar, el archivo dañado se guarda tal como está, junto al restaurado.</translation>
    </message>
    <message>
        <source>Put %1 (%2 meetings, %3 people) in its place?</source>
        <translation>¿Poner %1 (%2 reuniones, %3 personas) en su lugar?</translation>
    </message>
    <message>
        <source>Restored %1 in place of the damaged data. The damaged file is kept as %2.</source>
        <translation>Se restauró %1 en lugar de los datos dañados. El archivo dañado se guarda como %2.</translation>
    </message>
    <message>
        <source>The restored data is encrypted with the backup&apos;s passphrase.</source>
        <translation>Los datos restaurados están cifrados con la frase de contraseña de la copia de seguridad.</translation>
    </message>
    <message>
        <source>it is not an SQLite file</source>
        <translation>no es un archivo SQLite</translation>
    </message>
    <message>
        <source>%1 is already encrypted. To choose another passphrase: meetingkit encryption change</source>
        <translation>%1 ya está cifrado. Para elegir otra frase de contraseña: meetingkit encryption change</translation>
    </message>
    <message>
        <source>%1 is not encrypted.</source>
        <translation>%1 no está cifrado.</translation>
    </message>
    <message>
        <source>%1 is encrypted (%2 s). Keep the passphrase safe: without it the data cannot be recovered. Backups made before are not encrypted.</source>
        <translation>%1 está cifrado (%2 s). Guarda bien la frase de contraseña: sin ella los datos no se pueden recuperar. Las copias de seguridad hechas antes no están cifradas.</translation>
    </message>
    <message>
        <source>%1 is no longer encrypted (%2 s).</source>
        <translation>%1 ya no está cifrado (%2 s).</translation>
    </message>
    <message>
        <source>%1 is not encrypted: there is no passphrase to change. To encrypt it: meetingkit encryption on</source>
        <translation>%1 no está cifrado: no hay frase de contraseña que cambiar. Para cifrarlo: meetingkit encryption on</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Frase de contraseña actual: </translation>
    </message>
    <message>
        <source>That passphrase does not open %1. Nothing was changed. (Capitals count.)</source>
        <translation>Esa frase de contraseña no abre %1. No se cambió nada. (Las mayúsculas cuentan).</translation>
    </message>
    <message>
        <source>%1 now opens only with the new passphrase (%2 s); the old one no longer opens it. Backups made before keep the old passphrase: delete the ones you do not need, or keep them where nobody who knows it can reach them.</source>
        <translation>%1 ahora solo se abre con la nueva frase de contraseña (%2 s); la anterior ya no lo abre. Las copias de seguridad hechas antes conservan la frase anterior: elimina las que no necesites, o guárdalas donde nadie que la conozca pueda llegar a ellas.</translation>
    </message>
    <message>
        <source>Give the new passphrase in $%1, or run this in a terminal to be asked for it.</source>
        <translation>Da la nueva frase de contraseña en $%1, o ejecuta esto en una terminal para que se te pida.</translation>
    </message>
    <message>
        <source>New passphrase (at least %1 characters): </source>
        <translation>Nueva frase de contraseña (al menos %1 caracteres): </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>La misma frase de contraseña otra vez: </translation>
    </message>
    <message>
        <source>The old file could not be overwritten in place; its blocks may remain on disk.</source>
        <translation>No se pudo sobrescribir el archivo anterior en su lugar; sus bloques pueden quedar en el disco.</translation>
    </message>
    <message>
        <source>%1 is encrypted. Give its passphrase in $%2, or run this in a terminal to be asked for it.</source>
        <translation>%1 está cifrado. Da su frase de contraseña en $%2, o ejecuta esto en una terminal para que se te pida.</translation>
    </message>
    <message>
        <source>Passphrase for the backup %1: </source>
        <translation>Frase de contraseña de la copia de seguridad %1: </translation>
    </message>
    <message>
        <source>Add --yes to do this without a terminal to confirm it in.</source>
        <translation>Agrega --yes para hacer esto sin una terminal donde confirmarlo.</translation>
    </message>
    <message>
        <source>Type yes to go on: </source>
        <translation>Escribe yes para continuar: </translation>
    </message>
    <message>
        <source>Purge the personal data of “%1” (%2)? Who came, their sign-ins, answers and consents, turns, roles, cards and commitments go. %3 people who came into the directory at a meeting, with nothing else on record, are deleted from it; %4 who were in it on their own (imported, or added by hand) stay, as do %5 linked to other meetings, groups or follow-ups. Anonymous counts are kept.</source>
        <translation>¿Depurar los datos personales de “%1” (%2)? Se borran quién vino, sus registros, respuestas y consentimientos, turnos, roles, tarjetas y compromisos. %3 personas que entraron al directorio en una reunión, sin nada más registrado, se eliminan de él; %4 que estaban en él por su cuenta (importadas o agregadas a mano) se quedan, igual que %5 vinculadas a otras reuniones, grupos o seguimientos. Se conservan los recuentos anónimos.</translation>
    </message>
    <message>
        <source>Its retention has run out.</source>
        <translation>Su plazo de conservación terminó.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Another program is reading meetingkit&apos;s data right now (the meetingkit app or its sign-in server, another meetingkit command, a backup program), so the purged personal data stays in the database file until it stops. Once it has (close it if you can), purge again to take it out:
%1</source>
        <translation>Otro programa está leyendo los datos de meetingkit en este momento (la aplicación meetingkit o su servidor de registro, otro comando de meetingkit, un programa de copias de seguridad), así que los datos personales depurados siguen en el archivo de la base de datos hasta que termine. Cuando termine (ciérralo si puedes), vuelve a depurar para quitarlos:
%1</translation>
    </message>
    <message>
        <source>Purged “%1”: 1 person deleted from the directory, %2 kept (%3 in it on their own, imported or added by hand; the others linked to other meetings, groups or follow-ups). Counts kept.</source>
        <translation>Se depuró “%1”: 1 persona eliminada del directorio, %2 conservadas (%3 en él por su cuenta, importadas o agregadas a mano; las demás vinculadas a otras reuniones, grupos o seguimientos). Se conservan los recuentos.</translation>
    </message>
    <message>
        <source>Purged “%1”: %2 people deleted from the directory, %3 kept (%4 in it on their own, imported or added by hand; the others linked to other meetings, groups or follow-ups). Counts kept.</source>
        <translation>Se depuró “%1”: %2 personas eliminadas del directorio, %3 conservadas (%4 en él por su cuenta, importadas o agregadas a mano; las demás vinculadas a otras reuniones, grupos o seguimientos). Se conservan los recuentos.</translation>
    </message>
</context>
<context>
    <name>Commitments</name>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Contactado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Bring two coworkers to the next meeting</source>
        <translation>Traer a dos compañeras/os de trabajo a la próxima reunión</translation>
    </message>
    <message>
        <source>Hold three one-on-ones by {date}</source>
        <translation>Tener tres conversaciones uno a uno para el {date}</translation>
    </message>
    <message>
        <source>Join the staffing committee</source>
        <translation>Unirme al comité de dotación de personal</translation>
    </message>
    <message>
        <source>Take a shift at the next action ({date})</source>
        <translation>Tomar un turno en la próxima acción ({date})</translation>
    </message>
    <message>
        <source>Talk to my unit about the petition by {date}</source>
        <translation>Hablar con mi unidad sobre la petición para el {date}</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1 (para el %2)</translation>
    </message>
    <message>
        <source>A commitment needs words: what will the person do?</source>
        <translation>Un compromiso necesita palabras: ¿qué hará la persona?</translation>
    </message>
    <message>
        <source>Keep a commitment under %1 characters so it fits on a card (this one has %2).</source>
        <translation>Mantén cada compromiso por debajo de %1 caracteres para que quepa en una tarjeta (este tiene %2).</translation>
    </message>
    <message>
        <source>Follow up between 1 hour and 60 days after the meeting.</source>
        <translation>Programa el seguimiento entre 1 hora y 60 días después de la reunión.</translation>
    </message>
    <message>
        <source>A card ID has six letters and digits, like K7M-2QX. Check the corner of the card.</source>
        <translation>El ID de una tarjeta tiene seis letras y dígitos, como K7M-2QX. Revisa la esquina de la tarjeta.</translation>
    </message>
    <message>
        <source>%1 is not a valid card ID: one symbol is probably misread. Check it against the card.</source>
        <translation>%1 no es un ID de tarjeta válido: probablemente se leyó mal un símbolo. Compáralo con la tarjeta.</translation>
    </message>
    <message>
        <source>A card has room for %1 commitments; remove one to add another.</source>
        <translation>Una tarjeta tiene espacio para %1 compromisos; quita uno para agregar otro.</translation>
    </message>
    <message>
        <source>Hours a week should be between 1 and 80.</source>
        <translation>Las horas por semana deben estar entre 1 y 80.</translation>
    </message>
    <message>
        <source>Give 1 hour a week</source>
        <translation>Dar 1 hora por semana</translation>
    </message>
    <message>
        <source>Give %1 hours a week</source>
        <translation>Dar %1 horas por semana</translation>
    </message>
    <message>
        <source>That commitment no longer exists.</source>
        <translation>Ese compromiso ya no existe.</translation>
    </message>
    <message>
        <source>Print between 0 and %1 blank cards.</source>
        <translation>Imprime entre 0 y %1 tarjetas en blanco.</translation>
    </message>
    <message>
        <source>This meeting has no commitments to offer yet. Add three to five on its Commitments tab first.</source>
        <translation>Esta reunión todavía no tiene compromisos que ofrecer. Primero agrega de tres a cinco en su pestaña Compromisos.</translation>
    </message>
    <message>
        <source>Nobody is signed in yet, so there is no one to print a card for. Print blank cards for walk-ins instead, or sign people in first.</source>
        <translation>Todavía no se ha registrado nadie, así que no hay para quién imprimir una tarjeta. Imprime tarjetas en blanco para quienes lleguen, o registra primero a las personas.</translation>
    </message>
    <message>
        <source>Nobody is signed in yet. Sign people in first, or print blank ones for walk-ins.</source>
        <translation>Todavía no hay nadie registrado. Registra primero a la gente, o imprime unas en blanco para quienes lleguen sin registrarse.</translation>
    </message>
    <message>
        <source>Only blank ones were asked for: say how many (1 or more).</source>
        <translation>Solo se pidieron en blanco: di cuántas (1 o más).</translation>
    </message>
    <message>
        <source>There is no card layout “%1”. Choose one of: %2.</source>
        <translation>No existe el formato de tarjeta “%1”. Elige uno de estos: %2.</translation>
    </message>
    <message>
        <source>Print between 0 and %1 blank badges or tents.</source>
        <translation>Imprime entre 0 y %1 gafetes o letreros con nombre en blanco.</translation>
    </message>
    <message>
        <source>No card %1 was printed from this computer.</source>
        <translation>Desde esta computadora no se imprimió ninguna tarjeta %1.</translation>
    </message>
    <message>
        <source>Card %1 is from another meeting: “%2” on %3. Open that meeting to record it.</source>
        <translation>La tarjeta %1 es de otra reunión: “%2”, del %3. Abre esa reunión para registrarla.</translation>
    </message>
    <message>
        <source>One of the ticked commitments was removed from this meeting meanwhile. Look at the options again and re-tick.</source>
        <translation>Mientras tanto se quitó de esta reunión uno de los compromisos marcados. Revisa de nuevo las opciones y vuelve a marcarlas.</translation>
    </message>
</context>
<context>
    <name>CommitmentsTab</name>
    <message>
        <source>Commitments on the cards</source>
        <translation>Compromisos en las tarjetas</translation>
    </message>
    <message>
        <source>Add a usual one</source>
        <translation>Agregar uno habitual</translation>
    </message>
    <message>
        <source>&amp;Add your own…</source>
        <translation>&amp;Agregar uno propio…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>What the cards offer</source>
        <translation>Lo que ofrecen las tarjetas</translation>
    </message>
    <message>
        <source>e.g. Mercy Hospital Workers United</source>
        <translation>p. ej., Sindicato del Hospital Mercy</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>e.g. Rosa · 555-0134</source>
        <translation>p. ej., Rosa · 555-0134</translation>
    </message>
    <message>
        <source>Organizer&apos;s contact on the stub</source>
        <translation>Contacto de quien organiza en el talón</translation>
    </message>
    <message>
        <source>Printed whole on the stub each attendee takes home, on three short lines at most: a name and a phone number or an email. Cards are not printed with a contact too long for them.</source>
        <translation>Se imprime completo en el talón que cada asistente se lleva, en tres líneas cortas como mucho: un nombre y un teléfono o un correo. Las tarjetas no se imprimen si el contacto no cabe en ellas.</translation>
    </message>
    <message>
        <source>Who follows up</source>
        <translation>Quién da seguimiento</translation>
    </message>
    <message>
        <source> hours after the meeting</source>
        <translation> h tras la reunión</translation>
    </message>
    <message>
        <source>Follow up after</source>
        <translation>Dar seguimiento después de</translation>
    </message>
    <message>
        <source>Ask for hours a week</source>
        <translation>Preguntar horas por semana</translation>
    </message>
    <message>
        <source>On every card</source>
        <translation>En cada tarjeta</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <source>Contact on the stub:</source>
        <translation>Contacto en el talón:</translation>
    </message>
    <message>
        <source>Who follows up:</source>
        <translation>Quién da seguimiento:</translation>
    </message>
    <message>
        <source>Follow up:</source>
        <translation>Seguimiento:</translation>
    </message>
    <message>
        <source>Print commitment &amp;cards…</source>
        <translation>Imprimir &amp;tarjetas…</translation>
    </message>
    <message>
        <source>Print name &amp;badges…</source>
        <translation>Imprimir &amp;gafetes…</translation>
    </message>
    <message>
        <source>Print name &amp;tents…</source>
        <translation>Imprimir &amp;letreros…</translation>
    </message>
    <message>
        <source>Print:</source>
        <translation>Imprimir:</translation>
    </message>
    <message>
        <source>Card ID, e.g. K7M-2QX</source>
        <translation>ID de la tarjeta, p. ej., K7M-2QX</translation>
    </message>
    <message>
        <source>Card ID</source>
        <translation>ID de la tarjeta</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Blank card from…</source>
        <translation>Tarjeta en blanco de…</translation>
    </message>
    <message>
        <source>A walk-in&apos;s blank card: pick the person by name</source>
        <translation>La tarjeta en blanco de alguien que llegó sin registrarse: elige a la persona por su nombre</translation>
    </message>
    <message>
        <source>Recorded commitments</source>
        <translation>Compromisos registrados</translation>
    </message>
    <message>
        <source>Returned cards</source>
        <translation>Tarjetas devueltas</translation>
    </message>
    <message>
        <source>Nobody yet — choose…</source>
        <translation>Nadie todavía — elegir…</translation>
    </message>
    <message>
        <source>%1 from %2. Double-click one to change what was ticked.</source>
        <translation>%1 de %2. Haz doble clic en uno para cambiar lo marcado.</translation>
    </message>
    <message numerus="yes">
        <source>%n commitments</source>
        <translation>
            <numerusform>%n compromiso</numerusform>
            <numerusform>%n compromisos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the ID printed in the corner of a returned card and press Enter. People who signed in by phone can tick theirs there.</source>
        <translation>Escribe el ID impreso en la esquina de una tarjeta devuelta y presiona Enter. Quienes se registraron por teléfono pueden marcar los suyos allí.</translation>
    </message>
    <message>
        <source>Offer %1 to %2 concrete, dated actions; %3 so far.</source>
        <translation>Ofrece de %1 a %2 acciones concretas y con fecha; llevas %3.</translation>
    </message>
    <message>
        <source>A card has room for %2. Remove one to add another.</source>
        <translation>En una tarjeta caben %2. Quita uno para agregar otro.</translation>
    </message>
    <message>
        <source>%3 on every card. Enter edits; Ctrl+Up and Ctrl+Down reorder.</source>
        <translation>%3 en cada tarjeta. Enter edita; Ctrl+Up y Ctrl+Down cambian el orden.</translation>
    </message>
    <message>
        <source>save the commitments</source>
        <translation>guardar los compromisos</translation>
    </message>
    <message>
        <source>Add a commitment</source>
        <translation>Agregar un compromiso</translation>
    </message>
    <message>
        <source>Edit the commitment</source>
        <translation>Editar el compromiso</translation>
    </message>
    <message>
        <source>Remove from the cards</source>
        <translation>Quitar de las tarjetas</translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” from the cards?

%n recorded commitments use it. They are kept, with their text, follow-up status and notes; only new cards stop offering it.</source>
        <translation>
            <numerusform>¿Quitar “%1” de las tarjetas?

%n compromiso registrado lo usa. Se conserva, con su texto, su estado de seguimiento y sus notas; solo las tarjetas nuevas dejan de ofrecerlo.</numerusform>
            <numerusform>¿Quitar “%1” de las tarjetas?

%n compromisos registrados lo usan. Se conservan, con su texto, su estado de seguimiento y sus notas; solo las tarjetas nuevas dejan de ofrecerlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>save the card settings</source>
        <translation>guardar la configuración de las tarjetas</translation>
    </message>
    <message>
        <source>Who follows up on commitments?</source>
        <translation>¿Quién da seguimiento a los compromisos?</translation>
    </message>
    <message>
        <source>save the organizer</source>
        <translation>guardar a quien da seguimiento</translation>
    </message>
    <message>
        <source>Print commitment cards</source>
        <translation>Imprimir tarjetas de compromiso</translation>
    </message>
    <message>
        <source>Print name badges (8 per Letter, Avery 5395)</source>
        <translation>Imprimir gafetes (8 por hoja carta, Avery 5395)</translation>
    </message>
    <message>
        <source>Print name tents (2 per Letter, Avery 5305)</source>
        <translation>Imprimir letreros con nombre (2 por hoja carta, Avery 5305)</translation>
    </message>
    <message>
        <source>Add three to five commitments first: they are what the cards offer.</source>
        <translation>Primero agrega de tres a cinco compromisos: son lo que ofrecen las tarjetas.</translation>
    </message>
    <message>
        <source>print the cards</source>
        <translation>imprimir las tarjetas</translation>
    </message>
    <message>
        <source>print the badges</source>
        <translation>imprimir los gafetes</translation>
    </message>
    <message>
        <source>print the tents</source>
        <translation>imprimir los letreros</translation>
    </message>
    <message>
        <source>Saved %1 (%2 on it) — opening it in your PDF viewer.</source>
        <translation>Se guardó %1 (contiene %2); se está abriendo en tu visor de PDF.</translation>
    </message>
    <message>
        <source>Saved %1 (%2 on it). Open it in a PDF viewer to print it.</source>
        <translation>Se guardó %1 (contiene %2). Ábrelo en un visor de PDF para imprimirlo.</translation>
    </message>
    <message>
        <source>Whose card is it?</source>
        <translation>¿De quién es la tarjeta?</translation>
    </message>
    <message>
        <source>record the card</source>
        <translation>registrar la tarjeta</translation>
    </message>
    <message>
        <source>%1 is now marked present: their card was returned at the meeting.</source>
        <translation>%1 ya quedó marcado como presente: su tarjeta se devolvió en la reunión.</translation>
    </message>
</context>
<context>
    <name>CopiesOutside</name>
    <message>
        <source>Backups made before now still contain them, as do files already exported or printed.</source>
        <translation>Las copias de seguridad hechas antes todavía contienen sus datos, igual que los archivos ya exportados o impresos.</translation>
    </message>
    <message>
        <source>Backups made before now still contain its personal data, as do files already exported or printed.</source>
        <translation>Las copias de seguridad hechas antes todavía contienen sus datos personales, igual que los archivos ya exportados o impresos.</translation>
    </message>
    <message>
        <source>1 file with people&apos;s names was saved from this meeting: the Privacy page&apos;s Export log tab lists it. Delete it if you no longer need it.</source>
        <translation>Se guardó 1 archivo con nombres de personas de esta reunión: lo muestra la pestaña Registro de exportaciones de la página Privacidad y datos. Elimínalo si ya no lo necesitas.</translation>
    </message>
    <message>
        <source>%1 files with people&apos;s names were saved from this meeting: the Privacy page&apos;s Export log tab lists them. Delete those you no longer need.</source>
        <translation>Se guardaron %1 archivos con nombres de personas de esta reunión: los muestra la pestaña Registro de exportaciones de la página Privacidad y datos. Elimina los que ya no necesites.</translation>
    </message>
</context>
<context>
    <name>CurriculaPage</name>
    <message>
        <source>plenary</source>
        <translation>plenaria</translation>
    </message>
    <message>
        <source>pairs</source>
        <translation>parejas</translation>
    </message>
    <message>
        <source>small groups</source>
        <translation>grupos pequeños</translation>
    </message>
    <message>
        <source>role play</source>
        <translation>juego de roles</translation>
    </message>
    <message>
        <source>spectrum</source>
        <translation>espectro</translation>
    </message>
    <message>
        <source>gallery walk</source>
        <translation>recorrido de galería</translation>
    </message>
    <message>
        <source>Curricula</source>
        <translation>Currículos</translation>
    </message>
    <message>
        <source>Session / module</source>
        <translation>Sesión / módulo</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Sessions and modules</source>
        <translation>Sesiones y módulos</translation>
    </message>
    <message>
        <source>Problems in this curriculum</source>
        <translation>Problemas de este currículo</translation>
    </message>
    <message>
        <source>New &amp;training from this…</source>
        <translation>Nueva &amp;capacitación con este…</translation>
    </message>
    <message>
        <source>Print facilitator &amp;guide…</source>
        <translation>Imprimir &amp;guía de facilitación…</translation>
    </message>
    <message>
        <source>&amp;Duplicate to edit</source>
        <translation>&amp;Duplicar para editar</translation>
    </message>
    <message>
        <source>&amp;Import a curriculum…</source>
        <translation>&amp;Importar un currículo…</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Volver a revi&amp;sar</translation>
    </message>
    <message>
        <source>No curricula</source>
        <translation>No hay currículos</translation>
    </message>
    <message>
        <source>This curriculum has problems to fix before it can be run or printed:</source>
        <translation>Este currículo tiene problemas que hay que corregir antes de realizarlo o imprimirlo:</translation>
    </message>
    <message numerus="yes">
        <source>%1 min in %n session(s) · %4–%5 people · %6</source>
        <translation>
            <numerusform>%1 min en %n sesión · %4–%5 personas · %6</numerusform>
            <numerusform>%1 min en %n sesiones · %4–%5 personas · %6</numerusform>
        </translation>
    </message>
    <message>
        <source>Print handout&amp;s…</source>
        <translation>Imprimir &amp;hojas de trabajo…</translation>
    </message>
    <message>
        <source>Open my curricula fo&amp;lder</source>
        <translation>Abrir mi carpeta de curríc&amp;ulos</translation>
    </message>
    <message>
        <source>Your own curricula live in %1. To make one, select a curriculum and choose Duplicate to edit; the format is described in %2.</source>
        <translation>Tus propios currículos están en %1. Para hacer uno, selecciona un currículo y elige Duplicar para editar; el formato se describe en %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix</source>
        <translation>
            <numerusform>%n problema por corregir</numerusform>
            <numerusform>%n problemas por corregir</numerusform>
        </translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>incluido</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>tuyo</translation>
    </message>
    <message>
        <source>Who it is for: %1</source>
        <translation>Para quién es: %1</translation>
    </message>
    <message>
        <source>, rotation in groups of %1</source>
        <translation>, rotación en grupos de %1</translation>
    </message>
    <message>
        <source>, timed steps in groups of %1</source>
        <translation>, pasos cronometrados en grupos de %1</translation>
    </message>
    <message>
        <source>duplicate the curriculum</source>
        <translation>duplicar el currículo</translation>
    </message>
    <message>
        <source>import the curriculum</source>
        <translation>importar el currículo</translation>
    </message>
    <message>
        <source>open your curricula folder</source>
        <translation>abrir tu carpeta de currículos</translation>
    </message>
</context>
<context>
    <name>Curriculum</name>
    <message>
        <source>plenary</source>
        <translation>plenaria</translation>
    </message>
    <message>
        <source>pairs</source>
        <translation>parejas</translation>
    </message>
    <message>
        <source>small groups</source>
        <translation>grupos pequeños</translation>
    </message>
    <message>
        <source>role play</source>
        <translation>juego de roles</translation>
    </message>
    <message>
        <source>spectrum</source>
        <translation>espectro</translation>
    </message>
    <message>
        <source>gallery walk</source>
        <translation>recorrido de galería</translation>
    </message>
    <message>
        <source>groups of %1</source>
        <translation>grupos de %1</translation>
    </message>
    <message>
        <source>1 round × (%2), groups of %3</source>
        <translation>1 ronda × (%2), grupos de %3</translation>
    </message>
    <message>
        <source>%1 rounds × (%2), groups of %3</source>
        <translation>%1 rondas × (%2), grupos de %3</translation>
    </message>
</context>
<context>
    <name>Curriculum check</name>
    <message>
        <source>not a curriculum: give a curriculum.md, its folder, or a folder of them</source>
        <translation>no es un currículo: indica un curriculum.md, su carpeta o una carpeta que los contenga</translation>
    </message>
    <message>
        <source>no module hands this out: name it under “handouts” in a module</source>
        <translation>ningún módulo reparte esta hoja de trabajo: nómbrala en “handouts” dentro de un módulo</translation>
    </message>
    <message>
        <source>a handout starts with its title: a &apos;# Title&apos; line</source>
        <translation>una hoja de trabajo empieza con su título: una línea &apos;# Título&apos;</translation>
    </message>
    <message>
        <source>a list item with nothing after its marker prints nothing; write the words after it, like “Agreement 1:”</source>
        <translation>un elemento de lista sin nada después de su marca no imprime nada; escribe las palabras después de la marca, como “Acuerdo 1:”</translation>
    </message>
    <message>
        <source>a module block belongs in curriculum.md, not in a handout</source>
        <translation>un bloque de módulo va en curriculum.md, no en una hoja de trabajo</translation>
    </message>
    <message>
        <source>; a handout has only “::: write N” sections</source>
        <translation>; una hoja de trabajo solo tiene secciones “::: write N”</translation>
    </message>
    <message>
        <source>unknown section “::: %1”%2</source>
        <translation>sección desconocida “::: %1”%2</translation>
    </message>
    <message>
        <source>“::: write” takes the number of lines to leave, from %1 to %2, like “::: write 6”</source>
        <translation>“::: write” lleva el número de líneas que hay que dejar, de %1 a %2, como “::: write 6”</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>no existe ese archivo ni esa carpeta</translation>
    </message>
    <message>
        <source>no %1 in this folder</source>
        <translation>no hay ningún %1 en esta carpeta</translation>
    </message>
    <message>
        <source>its %1/ folder cannot be read: %2</source>
        <translation>su carpeta %1/ no se puede leer: %2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no existe ese archivo</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte %1 in column %2): save the file as UTF-8</source>
        <translation>no es texto UTF-8 (byte %1 en la columna %2): guarda el archivo como UTF-8</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>a module block cannot sit inside “::: %1” (line %2); close it first</source>
        <translation>un bloque de módulo no puede ir dentro de “::: %1” (línea %2); ciérralo antes</translation>
    </message>
    <message>
        <source>“::: %1” is never closed with a &apos;:::&apos; line before the next heading</source>
        <translation>“::: %1” no se cierra con una línea &apos;:::&apos; antes del siguiente encabezado</translation>
    </message>
    <message>
        <source>the %1 block opened here is never closed</source>
        <translation>el bloque %1 que se abre aquí nunca se cierra</translation>
    </message>
    <message>
        <source>the %1 block opened here is never closed: end it with a %2 line after its keys</source>
        <translation>el bloque %1 que se abre aquí nunca se cierra: ciérralo con una línea %2 después de sus claves</translation>
    </message>
    <message>
        <source>the %1 block opened here is never closed: end it with a %2 line after its keys, before line %3</source>
        <translation>el bloque %1 que se abre aquí nunca se cierra: ciérralo con una línea %2 después de sus claves, antes de la línea %3</translation>
    </message>
    <message>
        <source>this &apos;:::&apos; closes no section</source>
        <translation>este &apos;:::&apos; no cierra ninguna sección</translation>
    </message>
    <message>
        <source>“::: %1” is never closed with a &apos;:::&apos; line; sections do not nest</source>
        <translation>“::: %1” nunca se cierra con una línea &apos;:::&apos;; las secciones no se anidan</translation>
    </message>
    <message>
        <source>“::: %1” is never closed with a &apos;:::&apos; line</source>
        <translation>“::: %1” nunca se cierra con una línea &apos;:::&apos;</translation>
    </message>
    <message>
        <source>no sessions: add a &apos;# Session title&apos; heading, then its modules under &apos;## Module title&apos; headings</source>
        <translation>no hay sesiones: agrega un encabezado &apos;# Título de la sesión&apos; y luego sus módulos bajo encabezados &apos;## Título del módulo&apos;</translation>
    </message>
    <message>
        <source>the front matter</source>
        <translation>el encabezado (front matter)</translation>
    </message>
    <message>
        <source>a curriculum starts with front matter: a &apos;---&apos; line, the training&apos;s keys, then another &apos;---&apos; line</source>
        <translation>un currículo empieza con un encabezado (front matter): una línea &apos;---&apos;, las claves de la capacitación y otra línea &apos;---&apos;</translation>
    </message>
    <message>
        <source>the front matter opened here is never closed with a &apos;---&apos; line</source>
        <translation>el encabezado (front matter) que se abre aquí nunca se cierra con una línea &apos;---&apos;</translation>
    </message>
    <message>
        <source>“min” (%1) is above “max” (%2)</source>
        <translation>“min” (%1) es mayor que “max” (%2)</translation>
    </message>
    <message>
        <source>module “%1” comes before the first session: add a &apos;# Session title&apos; heading above it</source>
        <translation>el módulo “%1” está antes de la primera sesión: agrega encima un encabezado &apos;# Título de la sesión&apos;</translation>
    </message>
    <message>
        <source>a session heading needs a title</source>
        <translation>el encabezado de una sesión necesita un título</translation>
    </message>
    <message>
        <source>session “%1” has no “::: objectives” list</source>
        <translation>la sesión “%1” no tiene una lista “::: objectives”</translation>
    </message>
    <message>
        <source>session “%1” has no modules: add &apos;## Module title&apos; headings</source>
        <translation>la sesión “%1” no tiene módulos: agrega encabezados &apos;## Título del módulo&apos;</translation>
    </message>
    <message>
        <source>session “%1” runs %2 min; a session lasts at most %3 min (2.5 h): split it with another &apos;# Session&apos; heading</source>
        <translation>la sesión “%1” dura %2 min; una sesión dura como máximo %3 min (2 h 30 min): divídela con otro encabezado &apos;# Sesión&apos;</translation>
    </message>
    <message>
        <source>a module heading needs a title</source>
        <translation>el encabezado de un módulo necesita un título</translation>
    </message>
    <message>
        <source>the module block</source>
        <translation>el bloque del módulo</translation>
    </message>
    <message>
        <source>module “%1” has no module block: add a ```module fence with its “minutes” and “method”</source>
        <translation>el módulo “%1” no tiene bloque de módulo: agrega un bloque ```module con sus “minutes” y su “method”</translation>
    </message>
    <message>
        <source>a second module block: merge it into the first (line %1)</source>
        <translation>un segundo bloque de módulo: únelo al primero (línea %1)</translation>
    </message>
    <message>
        <source>the module block is empty: it needs “minutes” and “method”</source>
        <translation>el bloque del módulo está vacío: necesita “minutes” y “method”</translation>
    </message>
    <message>
        <source>; the methods are %1</source>
        <translation>; los métodos son %1</translation>
    </message>
    <message>
        <source>unknown method “%1”%2</source>
        <translation>método desconocido “%1”%2</translation>
    </message>
    <message>
        <source>a step of “grouping”</source>
        <translation>un paso de “grouping”</translation>
    </message>
    <message>
        <source>“%1” needs “steps” to time</source>
        <translation>“%1” necesita “steps” para medir el tiempo</translation>
    </message>
    <message>
        <source>“steps” must list at least one step</source>
        <translation>“steps” debe tener al menos un paso</translation>
    </message>
    <message>
        <source>the rotation takes %1 (1 round × %2), more than the module&apos;s %3 min</source>
        <translation>la rotación dura %1 (1 ronda × %2), más que los %3 min del módulo</translation>
    </message>
    <message>
        <source>the rotation takes %1 (%4 rounds × %2), more than the module&apos;s %3 min</source>
        <translation>la rotación dura %1 (%4 rondas × %2), más que los %3 min del módulo</translation>
    </message>
    <message>
        <source>handout “%1” must be a file name inside handouts/, like “planning-sheet.md”</source>
        <translation>la hoja de trabajo “%1” debe ser un nombre de archivo dentro de handouts/, como “planning-sheet.md”</translation>
    </message>
    <message>
        <source>handout “handouts/%1” does not exist%2</source>
        <translation>la hoja de trabajo “handouts/%1” no existe%2</translation>
    </message>
    <message>
        <source>a commitment option</source>
        <translation>una opción de compromiso</translation>
    </message>
    <message>
        <source>“options” must offer %1 to %2 commitments, not %3</source>
        <translation>“options” debe ofrecer de %1 a %2 compromisos, no %3</translation>
    </message>
    <message>
        <source>“::: %1” belongs in a session or a module, not before them</source>
        <translation>“::: %1” va en una sesión o en un módulo, no antes de ellos</translation>
    </message>
    <message>
        <source>; the sections are %1</source>
        <translation>; las secciones son %1</translation>
    </message>
    <message>
        <source>“::: %1” is a list: start each item with &apos;- &apos;</source>
        <translation>“::: %1” es una lista: empieza cada elemento con &apos;- &apos;</translation>
    </message>
    <message>
        <source>“::: %1” is empty</source>
        <translation>“::: %1” está vacío</translation>
    </message>
    <message>
        <source>a module block belongs under a &apos;## Module title&apos; heading</source>
        <translation>un bloque de módulo va bajo un encabezado &apos;## Título del módulo&apos;</translation>
    </message>
    <message>
        <source>no module holds the “commitment” (prompt and options): add it to a closing module&apos;s block</source>
        <translation>ningún módulo tiene el “commitment” (pregunta y opciones): agrégalo al bloque de un módulo de cierre</translation>
    </message>
    <message>
        <source>no module holds the “evaluation” (plus and delta): add it to a closing module&apos;s block</source>
        <translation>ningún módulo tiene la “evaluation” (plus y delta): agrégala al bloque de un módulo de cierre</translation>
    </message>
    <message>
        <source>a second “%1”: a training has one (the first is at line %2)</source>
        <translation>un segundo “%1”: una capacitación tiene uno solo (el primero está en la línea %2)</translation>
    </message>
    <message>
        <source>%1 min less</source>
        <translation>%1 min menos</translation>
    </message>
    <message>
        <source>%1 min more</source>
        <translation>%1 min más</translation>
    </message>
    <message>
        <source>“minutes” is %1 but the sessions add up to %2%3: %4</source>
        <translation>“minutes” es %1, pero las sesiones suman %2%3: %4</translation>
    </message>
    <message>
        <source>; did you mean “%1”?</source>
        <translation>; ¿quisiste decir “%1”?</translation>
    </message>
    <message>
        <source>invalid YAML: character %1 is not allowed in text</source>
        <translation>YAML no válido: el carácter %1 no está permitido en el texto</translation>
    </message>
    <message>
        <source>invalid YAML: brackets nested too deeply</source>
        <translation>YAML no válido: corchetes anidados demasiado hondo</translation>
    </message>
    <message>
        <source>this text holds “: ”, which YAML reads as a new key: put the whole text between double quotes</source>
        <translation>este texto contiene “: ”, que YAML lee como una clave nueva: pon todo el texto entre comillas dobles</translation>
    </message>
    <message>
        <source>“: ” on a line that goes on from the one above: line this key up with the keys above it, or put the text holding “: ” between double quotes</source>
        <translation>“: ” en una línea que continúa la de arriba: alinea esta clave con las claves de arriba, o pon el texto que contiene “: ” entre comillas dobles</translation>
    </message>
    <message>
        <source>a tab here: indent YAML with spaces, never tabs</source>
        <translation>aquí hay un tabulador: sangra el YAML con espacios, nunca con tabuladores</translation>
    </message>
    <message>
        <source>the quote opened here is never closed: end the text with the same quote mark</source>
        <translation>las comillas que se abren aquí nunca se cierran: termina el texto con las mismas comillas</translation>
    </message>
    <message>
        <source>the text goes on after its closing quote: put all of it between the quotes</source>
        <translation>el texto sigue después de las comillas de cierre: ponlo todo entre las comillas</translation>
    </message>
    <message>
        <source>this line is not “key: value”: add the key, or indent the line under the key whose text it goes on</source>
        <translation>esta línea no es “clave: valor”: agrega la clave, o sangra la línea bajo la clave cuyo texto continúa</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>YAML no válido: %1</translation>
    </message>
    <message>
        <source>%1 must be “key: value” lines</source>
        <translation>%1 debe tener la forma de líneas “clave: valor”</translation>
    </message>
    <message>
        <source>a key in %1 must be a plain word like “minutes”</source>
        <translation>cada clave en %1 debe ser una palabra simple, como “minutes”</translation>
    </message>
    <message>
        <source>“%1” is given twice in %2 (first at line %3)</source>
        <translation>“%1” aparece dos veces en %2 (la primera, en la línea %3)</translation>
    </message>
    <message>
        <source>; allowed: %1</source>
        <translation>; se permiten: %1</translation>
    </message>
    <message>
        <source>unknown key “%1” in %2%3</source>
        <translation>clave desconocida “%1” en %2%3</translation>
    </message>
    <message>
        <source>%1 is missing the required key “%2”</source>
        <translation>falta la clave obligatoria “%2” en %1</translation>
    </message>
    <message>
        <source>“%1” must be text, not a list or keys</source>
        <translation>“%1” debe ser texto, no una lista ni claves</translation>
    </message>
    <message>
        <source>“%1” must not be empty</source>
        <translation>“%1” no debe estar vacío</translation>
    </message>
    <message>
        <source>each item of “%1” must be some text</source>
        <translation>cada elemento de “%1” debe ser un texto</translation>
    </message>
    <message>
        <source>“%1” must list at least one item</source>
        <translation>“%1” debe tener al menos un elemento</translation>
    </message>
    <message>
        <source>“%1” must be a whole number, not %2</source>
        <translation>“%1” debe ser un número entero, no %2</translation>
    </message>
    <message>
        <source>“%1” must be at least %2, not %3</source>
        <translation>“%1” debe ser al menos %2, no %3</translation>
    </message>
    <message>
        <source>“%1” must be a number, not %2</source>
        <translation>“%1” debe ser un número, no %2</translation>
    </message>
    <message>
        <source>“%1” must be more than 0, not %2</source>
        <translation>“%1” debe ser mayor que 0, no %2</translation>
    </message>
    <message>
        <source>“%1” must be a two-letter language code such as “en” or “es”, not “%2”</source>
        <translation>“%1” debe ser un código de idioma de dos letras, como “en” o “es”, no “%2”</translation>
    </message>
    <message>
        <source>“%1” must be true or false, not %2</source>
        <translation>“%1” debe ser true o false, no %2</translation>
    </message>
    <message>
        <source>“%1” must be a list, one &apos;- &apos; item per line</source>
        <translation>“%1” debe ser una lista, con un elemento &apos;- &apos; por línea</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>a set of keys</source>
        <translation>un conjunto de claves</translation>
    </message>
    <message>
        <source>is a link (to %1); meetingkit reads and imports only the files inside a curriculum&apos;s folder, never what a link leads to: put the file itself here instead</source>
        <translation>es un enlace (a %1); meetingkit lee e importa solo los archivos que están dentro de la carpeta del currículo, nunca aquello a lo que lleva un enlace: pon aquí el archivo mismo en su lugar</translation>
    </message>
    <message>
        <source>leads outside the curriculum&apos;s folder (to %1); meetingkit reads and imports only the files inside it: put the file itself here instead</source>
        <translation>lleva fuera de la carpeta del currículo (a %1); meetingkit lee e importa solo los archivos que están dentro de ella: pon aquí el archivo mismo en su lugar</translation>
    </message>
    <message>
        <source>is not a plain file or folder (a device or a pipe): remove it</source>
        <translation>no es un archivo ni una carpeta comunes (es un dispositivo o una tubería): quítalo</translation>
    </message>
    <message>
        <source>is %1 MB; a curriculum file over %2 MB is refused (a curriculum and its handouts are plain text): check that this is the right file</source>
        <translation>ocupa %1 MB; no se acepta un archivo de currículo de más de %2 MB (un currículo y sus hojas de trabajo son texto simple): comprueba que sea el archivo correcto</translation>
    </message>
</context>
<context>
    <name>Curriculum library</name>
    <message>
        <source>There is no curriculum “%1”. The library has: %2.</source>
        <translation>No hay ningún currículo “%1”. La biblioteca tiene: %2.</translation>
    </message>
    <message>
        <source>Could not create %1: %2.</source>
        <translation>No se pudo crear %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a curriculum: choose a curriculum folder or its %2.</source>
        <translation>%1 no es un currículo: elige la carpeta de un currículo o su %2.</translation>
    </message>
    <message>
        <source>… and 1 more</source>
        <translation>… y 1 más</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <source>%1 has 1 problem; fix it and import it again:</source>
        <translation>%1 tiene 1 problema; corrígelo y vuelve a importarlo:</translation>
    </message>
    <message>
        <source>%1 has %2 problems; fix them and import it again:</source>
        <translation>%1 tiene %2 problemas; corrígelos y vuelve a importarlo:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Could not copy the curriculum into %1: %2. Free some space or check the folder, and try again.</source>
        <translation>No se pudo copiar el currículo en %1: %2. Libera espacio o revisa la carpeta, e inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>CurriculumRunsPanel</name>
    <message>
        <source>Trainings made from this curriculum</source>
        <translation>Capacitaciones hechas con este currículo</translation>
    </message>
    <message>
        <source>&amp;Open the training</source>
        <translation>A&amp;brir la capacitación</translation>
    </message>
    <message>
        <source>Show the selected training on the Meetings page</source>
        <translation>Muestra la capacitación seleccionada en la página Reuniones</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <source>Not covered yet: %1</source>
        <translation>Aún sin cubrir: %1</translation>
    </message>
    <message>
        <source>No training has been made from this curriculum yet.</source>
        <translation>Todavía no se ha hecho ninguna capacitación con este currículo.</translation>
    </message>
    <message numerus="yes">
        <source>Ran in %n training(s): %1</source>
        <translation>
            <numerusform>Se impartió en %n capacitación: %1</numerusform>
            <numerusform>Se impartió en %n capacitaciones: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>modules covered %1 of %2</source>
        <translation>módulos cubiertos: %1 de %2</translation>
    </message>
    <message>
        <source>which modules ran was not recorded</source>
        <translation>no quedó registrado qué módulos se realizaron</translation>
    </message>
    <message>
        <source>planned: %1</source>
        <translation>por venir: %1</translation>
    </message>
    <message>
        <source>%1 of %2 run</source>
        <translation>%1 de %2 realizados</translation>
    </message>
    <message>
        <source>Not run: %1</source>
        <translation>Sin realizar: %1</translation>
    </message>
    <message>
        <source>%1 planned</source>
        <translation>%1 previstos</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>sin registro</translation>
    </message>
    <message>
        <source>Its agenda was not run in meetingkit, so which modules ran is not known.</source>
        <translation>Su agenda no se llevó en meetingkit, así que no se sabe qué módulos se realizaron.</translation>
    </message>
</context>
<context>
    <name>Data folder</name>
    <message>
        <source>%1 is set but empty. Set it to the data folder to use, or unset it to use the usual one.</source>
        <translation>%1 está definida pero vacía. Ponle la carpeta de datos que quieres usar, o quítala para usar la de siempre.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder: meetingkit cannot keep its data in it. Choose the folder your meetingkit data is in, or a new one to start in.</source>
        <translation>%1 es un archivo, no una carpeta: meetingkit no puede guardar sus datos en él. Elige la carpeta donde están tus datos de meetingkit, o una nueva para empezar.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1: %2 is a file, not a folder. Choose another one with --data-dir.</source>
        <translation>No se puede crear la carpeta de datos %1: %2 es un archivo, no una carpeta. Elige otra con --data-dir.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1: %2 is a file, not a folder. Choose another data folder.</source>
        <translation>No se puede crear la carpeta de datos %1: %2 es un archivo, no una carpeta. Elige otra carpeta de datos.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1: %2. Choose another one with --data-dir.</source>
        <translation>No se puede crear la carpeta de datos %1: %2. Elige otra con --data-dir.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1: %2. If it is on a drive that is not plugged in, plug it in and start meetingkit again; otherwise choose another data folder.</source>
        <translation>No se puede crear la carpeta de datos %1: %2. Si está en una unidad que no está conectada, conéctala y vuelve a abrir meetingkit; si no, elige otra carpeta de datos.</translation>
    </message>
    <message>
        <source>Cannot open the data folder %1: %2. Check the permissions of that folder and of the folders it is in, or choose another one with --data-dir.</source>
        <translation>No se puede abrir la carpeta de datos %1: %2. Revisa los permisos de esa carpeta y de las carpetas que la contienen, o elige otra con --data-dir.</translation>
    </message>
    <message>
        <source>Cannot open the data folder %1: %2. Check the permissions of that folder and of the folders it is in, or choose another data folder.</source>
        <translation>No se puede abrir la carpeta de datos %1: %2. Revisa los permisos de esa carpeta y de las carpetas que la contienen, o elige otra carpeta de datos.</translation>
    </message>
    <message>
        <source>There is no meetingkit data in %1 (no %2 there). Check the folder&apos;s name (--data-dir), or start one with `meetingkit meeting new`.</source>
        <translation>No hay datos de meetingkit en %1 (no hay ningún %2 ahí). Revisa el nombre de la carpeta (--data-dir) o empieza una con `meetingkit meeting new`.</translation>
    </message>
    <message>
        <source>%1 is meetingkit&apos;s data file itself: give the folder it is in, %2 (--data-dir names a folder).</source>
        <translation>%1 es el propio archivo de datos de meetingkit: indica la carpeta donde está, %2 (--data-dir indica una carpeta).</translation>
    </message>
    <message>
        <source>%1 is meetingkit&apos;s data file itself, not a folder: choose the folder it is in, %2.</source>
        <translation>%1 es el propio archivo de datos de meetingkit, no una carpeta: elige la carpeta donde está, %2.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder: --data-dir (or %3) names the folder meetingkit keeps its data in. Give that folder, or a new one to start in.</source>
        <translation>%1 es un archivo, no una carpeta: --data-dir (o %3) indica la carpeta donde meetingkit guarda sus datos. Indica esa carpeta, o una nueva para empezar.</translation>
    </message>
</context>
<context>
    <name>DataFolderLabel</name>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a database file. Choose another data folder.</source>
        <translation>%1 es una carpeta, no un archivo de base de datos. Elige otra carpeta de datos.</translation>
    </message>
    <message>
        <source>%1 is read-only: meetingkit saves every change at once, so it must be able to write to the file and its folder. Check their permissions, or copy the data folder to a place you may write and open meetingkit on the copy. It has not been changed.</source>
        <translation>%1 es de solo lectura: meetingkit guarda cada cambio al momento, así que necesita poder escribir en el archivo y en su carpeta. Revisa sus permisos, o copia la carpeta de datos a un lugar donde puedas escribir y abre meetingkit en la copia. No se ha cambiado.</translation>
    </message>
    <message>
        <source>%1 is read-only</source>
        <translation>%1 es de solo lectura</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full. Free some space on it and try again. The file itself is fine, and nothing was changed.</source>
        <translation>El disco donde está %1 está lleno. Libera espacio en él y vuelve a intentarlo. El archivo está bien y no se cambió nada.</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full (%2 free). Free some space on it and try again. The file itself is fine, and nothing was changed.</source>
        <translation>El disco donde está %1 está lleno (%2 libres). Libera espacio en él y vuelve a intentarlo. El archivo está bien y no se cambió nada.</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full</source>
        <translation>El disco donde está %1 está lleno</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full (%2 free)</source>
        <translation>El disco donde está %1 está lleno (%2 libres)</translation>
    </message>
    <message>
        <source>Could not write to the disk that holds %1 (%2)</source>
        <translation>No se pudo escribir en el disco donde está %1 (%2)</translation>
    </message>
    <message>
        <source>Could not write to the disk: it is full (%1). Nothing was saved. Free some space on it and try again; the database itself is fine.</source>
        <translation>No se pudo escribir en el disco: está lleno (%1). No se guardó nada. Libera espacio en él y vuelve a intentarlo; la base de datos está bien.</translation>
    </message>
    <message>
        <source>%1 is encrypted: meetingkit needs its passphrase to open it. It has not been changed.</source>
        <translation>%1 está cifrado: meetingkit necesita su frase de contraseña para abrirlo. No se ha cambiado.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2. Check that the folder exists and that you may write to it.</source>
        <translation>No se puede abrir %1: %2. Revisa que la carpeta exista y que tengas permiso para escribir en ella.</translation>
    </message>
    <message>
        <source>%1 is held by another program (%2). Close the program that has it open — a database browser, a sync or backup tool — and try again. The file is fine, and has not been changed.</source>
        <translation>Otro programa tiene abierto %1 (%2). Cierra el programa que lo tiene abierto —un visor de bases de datos, una herramienta de sincronización o de copias de seguridad— y vuelve a intentarlo. El archivo está bien y no se ha cambiado.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a meetingkit database (%2). It has not been changed. Restore it from a backup, or start with another data folder (--data-dir).</source>
        <translation>%1 no se puede leer como base de datos de meetingkit (%2). No se ha cambiado. Restáurala desde una copia de seguridad o empieza con otra carpeta de datos (--data-dir).</translation>
    </message>
    <message>
        <source>%1 cannot be read as a meetingkit database (%2). It has not been changed. Restore it from a backup, or choose another data folder.</source>
        <translation>%1 no se puede leer como base de datos de meetingkit (%2). No se ha cambiado. Restáurala desde una copia de seguridad o elige otra carpeta de datos.</translation>
    </message>
    <message>
        <source>%1 was written by an earlier version of meetingkit and cannot be written now, so it cannot be brought up to date to be read: %2</source>
        <translation>%1 fue escrita por una versión anterior de meetingkit y ahora no se puede escribir en ella, así que no se puede actualizar para leerla: %2</translation>
    </message>
    <message>
        <source>%1 is the database of another program (it has tables such as %2, and none of meetingkit&apos;s). It has not been changed. Move it elsewhere, or start with another data folder (--data-dir).</source>
        <translation>%1 es la base de datos de otro programa (tiene tablas como %2 y ninguna de meetingkit). No se ha cambiado. Muévela a otro lugar o empieza con otra carpeta de datos (--data-dir).</translation>
    </message>
    <message>
        <source>%1 is the database of another program (it has tables such as %2, and none of meetingkit&apos;s). It has not been changed. Move it elsewhere, or choose another data folder.</source>
        <translation>%1 es la base de datos de otro programa (tiene tablas como %2 y ninguna de meetingkit). No se ha cambiado. Muévela a otro lugar o elige otra carpeta de datos.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of meetingkit (it has the change “%2”, which this version does not know). Install the newer version to open it; this version will not touch it.</source>
        <translation>%1 lo escribió una versión más reciente de meetingkit (tiene el cambio “%2”, que esta versión no conoce). Instala la versión más reciente para abrirlo; esta versión no lo tocará.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check its permissions.</source>
        <translation>No se puede leer %1: %2. Revisa sus permisos.</translation>
    </message>
    <message>
        <source>%1 is not a meetingkit database (it is not an SQLite file). It has not been changed. Restore it from a backup, or start with another data folder (--data-dir).</source>
        <translation>%1 no es una base de datos de meetingkit (no es un archivo SQLite). No se ha cambiado. Restaura la tuya desde una copia de seguridad o empieza con otra carpeta de datos (--data-dir).</translation>
    </message>
    <message>
        <source>%1 is not a meetingkit database (it is not an SQLite file). It has not been changed. Restore it from a backup, or choose another data folder.</source>
        <translation>%1 no es una base de datos de meetingkit (no es un archivo SQLite). No se ha cambiado. Restaura la tuya desde una copia de seguridad o elige otra carpeta de datos.</translation>
    </message>
    <message>
        <source>Could not write to the disk that holds %1 (%2). Free some space on it and try again. The file itself is fine, and nothing was changed.</source>
        <translation>No se pudo escribir en el disco donde está %1 (%2). Libera espacio en él y vuelve a intentarlo. El archivo está bien y no se cambió nada.</translation>
    </message>
    <message>
        <source>The database file or its folder is read-only (%1). Nothing was saved. Check their permissions and try again.</source>
        <translation>El archivo de la base de datos o su carpeta es de solo lectura (%1). No se guardó nada. Revisa sus permisos y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Could not write to the disk (%1). Nothing was saved. Free some space on it and try again; the database itself is fine.</source>
        <translation>No se pudo escribir en el disco (%1). No se guardó nada. Libera espacio en él y vuelve a intentarlo; la base de datos está bien.</translation>
    </message>
    <message>
        <source>Another program is holding the database file (%1). Nothing was saved. Close the program that has it open — a database browser, a sync or backup tool — and try again; the database itself is fine.</source>
        <translation>Otro programa tiene retenido el archivo de la base de datos (%1). No se guardó nada. Cierra el programa que lo tiene abierto —un visor de bases de datos, una herramienta de sincronización o de copias de seguridad— y vuelve a intentarlo; la base de datos en sí está bien.</translation>
    </message>
    <message>
        <source>Your data file is damaged: meetingkit cannot read part of it (%1). Trying again will not help. Restore it from a backup.</source>
        <translation>Tu archivo de datos está dañado: meetingkit no puede leer una parte (%1). Volver a intentarlo no servirá. Restáuralo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The database refused the change (%1). Nothing was saved.</source>
        <translation>La base de datos rechazó el cambio (%1). No se guardó nada.</translation>
    </message>
    <message>
        <source>The passphrase does not open %1. Check it and try again (capitals count). If this file is not an encrypted meetingkit database, restore yours from a backup. It has not been changed.</source>
        <translation>La frase de contraseña no abre %1. Revísala e inténtalo de nuevo (las mayúsculas cuentan). Si este archivo no es una base de datos cifrada de meetingkit, restaura la tuya desde una copia de seguridad. No se ha cambiado.</translation>
    </message>
    <message>
        <source>The passphrase is right, but %1 is damaged: meetingkit cannot read all of it. Typing the passphrase again will not help. It has not been changed. Restore it from a backup.</source>
        <translation>La frase de contraseña es correcta, pero %1 está dañado: meetingkit no puede leerlo completo. Volver a escribir la frase de contraseña no servirá. No se ha cambiado. Restáuralo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>trigger “%1”</source>
        <translation>disparador “%1”</translation>
    </message>
    <message>
        <source>view “%1”</source>
        <translation>vista “%1”</translation>
    </message>
    <message>
        <source>table “%1”</source>
        <translation>tabla “%1”</translation>
    </message>
    <message>
        <source>index “%1”</source>
        <translation>índice “%1”</translation>
    </message>
    <message>
        <source>%1 holds what meetingkit does not make: %2. Another program may have changed it, and what it added could keep or change what meetingkit saves or deletes, so meetingkit will not open it.</source>
        <translation>%1 contiene lo que meetingkit no crea: %2. Puede que otro programa lo haya cambiado, y lo que agregó podría guardar o cambiar lo que meetingkit guarda o borra, así que meetingkit no lo abrirá.</translation>
    </message>
    <message>
        <source>It has not been changed.</source>
        <translation>No se ha cambiado.</translation>
    </message>
    <message>
        <source>Restore a backup you made, or ask whoever gave you this data folder for one meetingkit made.</source>
        <translation>Restaura una copia de seguridad que hayas hecho, o pídele a quien te dio esta carpeta de datos una que haya hecho meetingkit.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>dddd d MMMM yyyy</source>
        <extracomment>Qt&apos;s pattern for weekday_date(day, year=True), for the date fields that show it. Qt&apos;s date pattern for a meeting&apos;s day under its title: &quot;dddd d &apos;de&apos; MMMM &apos;de&apos; yyyy&quot; in Spanish. dddd is the weekday, d the day, MMMM the month, yyyy the year.</extracomment>
        <translation>dddd d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Record the decision</source>
        <translation>Registrar la decisión</translation>
    </message>
    <message>
        <source>For</source>
        <translation>A favor</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>En contra</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Abstenciones</translation>
    </message>
    <message>
        <source>Names, separated by commas (only if they agree)</source>
        <translation>Nombres separados por comas (solo si están de acuerdo)</translation>
    </message>
    <message>
        <source>&amp;Proposal:</source>
        <translation>&amp;Propuesta:</translation>
    </message>
    <message>
        <source>&amp;Moved by:</source>
        <translation>Present&amp;ada por:</translation>
    </message>
    <message>
        <source>Seco&amp;nded by:</source>
        <translation>Se&amp;cundada por:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation>&amp;Umbral:</translation>
    </message>
    <message>
        <source>Votes:</source>
        <translation>Votos:</translation>
    </message>
    <message>
        <source>&amp;Stand-asides by name:</source>
        <translation>&amp;Se hacen a un lado (nombres):</translation>
    </message>
    <message>
        <source>…and unnamed:</source>
        <translation>…y sin nombre:</translation>
    </message>
    <message>
        <source>&amp;Blocks by name:</source>
        <translation>&amp;Bloqueos (nombres):</translation>
    </message>
</context>
<context>
    <name>Decisions</name>
    <message>
        <source>Adopted by consensus</source>
        <translation>Aprobada por consenso</translation>
    </message>
    <message>
        <source>Adopted by modified consensus</source>
        <translation>Aprobada por consenso modificado</translation>
    </message>
    <message>
        <source>Adopted by majority vote</source>
        <translation>Aprobada por mayoría de votos</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>%1 unnamed</source>
        <translation>%1 sin nombre</translation>
    </message>
    <message>
        <source>Write down the proposal the room decided on.</source>
        <translation>Escribe la propuesta sobre la que decidió la sala.</translation>
    </message>
    <message>
        <source>Vote counts cannot be negative.</source>
        <translation>Los conteos de votos no pueden ser negativos.</translation>
    </message>
    <message>
        <source>Modified consensus needs a threshold above 50%, e.g. 90%.</source>
        <translation>El consenso modificado necesita un umbral de más del 50%, p. ej., 90%.</translation>
    </message>
    <message>
        <source>%1% support is below the %2% threshold: record it as blocked or withdrawn, or correct the counts.</source>
        <translation>Un apoyo del %1% está por debajo del umbral del %2%: regístrala como bloqueada o retirada, o corrige los conteos.</translation>
    </message>
    <message>
        <source>%1 for and %2 against is not a majority: correct the counts, or record the proposal as not adopted (withdrawn).</source>
        <translation>%1 a favor y %2 en contra no es mayoría: corrige los conteos o registra la propuesta como no aprobada (retirada).</translation>
    </message>
    <message>
        <source>A block stops consensus: record the outcome as blocked.</source>
        <translation>Un bloqueo impide el consenso: registra la propuesta como bloqueada.</translation>
    </message>
    <message>
        <source>Record who blocked, by name or by count.</source>
        <translation>Registra quién bloqueó, por nombre o por cantidad.</translation>
    </message>
    <message>
        <source>%1 moved the motion: someone else must second it. Leave “Seconded by” empty if nobody did.</source>
        <translation>%1 presentó la moción: otra persona tiene que secundarla. Deja “Secundada por” vacío si nadie lo hizo.</translation>
    </message>
    <message>
        <source>Moved by %1, seconded by %2</source>
        <translation>Presentada por %1, secundada por %2</translation>
    </message>
    <message>
        <source>Moved by %1</source>
        <translation>Presentada por %1</translation>
    </message>
    <message>
        <source>Seconded by %1</source>
        <translation>Secundada por %1</translation>
    </message>
    <message>
        <source>%1% support, threshold %2%</source>
        <translation>%1% de apoyo, umbral del %2%</translation>
    </message>
    <message>
        <source>%1 for, %2 against, %3 abstaining</source>
        <translation>%1 a favor, %2 en contra, %3 abstenciones</translation>
    </message>
    <message>
        <source>stand-asides: %1</source>
        <translation>se hacen a un lado: %1</translation>
    </message>
    <message>
        <source>blocks: %1</source>
        <translation>bloqueos: %1</translation>
    </message>
    <message>
        <source>Twinkles</source>
        <translation>Aplauso silencioso</translation>
    </message>
    <message>
        <source>Fist to five</source>
        <translation>Del puño a los cinco dedos</translation>
    </message>
    <message>
        <source>up</source>
        <translation>arriba</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>de lado</translation>
    </message>
    <message>
        <source>down</source>
        <translation>abajo</translation>
    </message>
    <message>
        <source>fist</source>
        <translation>puño</translation>
    </message>
    <message>
        <source>%1 has %2 answers.</source>
        <translation>%1 tiene %2 respuestas.</translation>
    </message>
    <message>
        <source>Counts cannot be negative.</source>
        <translation>Los conteos no pueden ser negativos.</translation>
    </message>
    <message>
        <source>Count at least one response.</source>
        <translation>Cuenta al menos una respuesta.</translation>
    </message>
    <message>
        <source>%1 on “%2”</source>
        <translation>%1 sobre “%2”</translation>
    </message>
    <message>
        <source> (average %1, with a fist: a block)</source>
        <translation> (promedio %1; con un puño: un bloqueo)</translation>
    </message>
    <message>
        <source> (average %1)</source>
        <translation> (promedio %1)</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>4 West, med-surg, nights</source>
        <translation>4 West, médico-quirúrgica, noches</translation>
    </message>
    <message>
        <source>ICU; co-chairs the working group</source>
        <translation>UCI; copreside el grupo de trabajo</translation>
    </message>
    <message>
        <source>Labor &amp; delivery</source>
        <translation>Sala de partos</translation>
    </message>
    <message>
        <source>Float pool; first came in October</source>
        <translation>Equipo flotante; vino por primera vez en octubre</translation>
    </message>
    <message>
        <source>Oncology</source>
        <translation>Oncología</translation>
    </message>
    <message>
        <source>Hospitalist</source>
        <translation>Hospitalista</translation>
    </message>
    <message>
        <source>Resident, PGY-2 internal medicine</source>
        <translation>Residente de segundo año (PGY-2), medicina interna</translation>
    </message>
    <message>
        <source>Emergency medicine</source>
        <translation>Medicina de emergencias</translation>
    </message>
    <message>
        <source>Speaks Haitian Creole</source>
        <translation>Habla criollo haitiano</translation>
    </message>
    <message>
        <source>Day shift</source>
        <translation>Turno de día</translation>
    </message>
    <message>
        <source>Case management</source>
        <translation>Gestión de casos</translation>
    </message>
    <message>
        <source>Prefers texts in Spanish</source>
        <translation>Prefiere mensajes de texto en español</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Turno de noche</translation>
    </message>
    <message>
        <source>BSN, 3rd year</source>
        <translation>Licenciatura en enfermería (BSN), 3.er año</translation>
    </message>
    <message>
        <source>Gives one name only</source>
        <translation>Da un solo nombre</translation>
    </message>
    <message>
        <source>Eastside Home Health break room</source>
        <translation>Sala de descanso de Eastside Home Health</translation>
    </message>
    <message>
        <source>One-on-one conversations: a training for new organizers</source>
        <translation>Conversaciones uno a uno: una capacitación para quienes empiezan a organizar</translation>
    </message>
    <message>
        <source>Safe Staffing Working Group — October</source>
        <translation>Grupo de trabajo por la dotación segura — octubre</translation>
    </message>
    <message>
        <source>Cross-professional assembly on staffing ratios</source>
        <translation>Asamblea interprofesional sobre proporciones de personal</translation>
    </message>
    <message>
        <source>Riverside Library, community room</source>
        <translation>Biblioteca Riverside, sala comunitaria</translation>
    </message>
    <message>
        <source>Safe Staffing Working Group — November</source>
        <translation>Grupo de trabajo por la dotación segura — noviembre</translation>
    </message>
    <message>
        <source>Welcome, agreements and roles</source>
        <translation>Bienvenida, acuerdos y roles</translation>
    </message>
    <message>
        <source>Read the community agreements; introduce the stack keeper and timekeeper.</source>
        <translation>Leer los acuerdos de convivencia; presentar a quien lleva la lista de palabra y a quien controla el tiempo.</translation>
    </message>
    <message>
        <source>Agreements read. New today: Rosa (float pool) and Wren (respiratory).</source>
        <translation>Se leyeron los acuerdos. Nuevas personas hoy: Rosa (equipo flotante) y Wren (terapia respiratoria).</translation>
    </message>
    <message>
        <source>Report-backs from each unit</source>
        <translation>Informes de cada unidad</translation>
    </message>
    <message>
        <source>Two minutes per unit: what changed since October.</source>
        <translation>Dos minutos por unidad: qué cambió desde octubre.</translation>
    </message>
    <message>
        <source>4 West: two travel nurses cancelled, 1:7 on nights twice this week.
ICU: mandatory overtime up again. EVS: one person covering two floors.</source>
        <translation>4 West: cancelaron dos enfermeras/os itinerantes; 1:7 en el turno de noche dos veces esta semana.
UCI: otra vez suben las horas extra obligatorias. EVS: una sola persona cubre dos pisos.</translation>
    </message>
    <message>
        <source>Staffing survey results</source>
        <translation>Resultados de la encuesta sobre dotación de personal</translation>
    </message>
    <message>
        <source>142 responses from 9 units and 11 professions. Hand out the one-page summary.</source>
        <translation>142 respuestas de 9 unidades y 11 profesiones. Repartir el resumen de una página.</translation>
    </message>
    <message>
        <source>Most common answer: missed breaks (71%). CNAs and EVS hit hardest.</source>
        <translation>Respuesta más común: no poder tomar los descansos (71%). CNA y EVS, los más afectados.</translation>
    </message>
    <message>
        <source>Proposal: a safe-staffing vigil on December 5</source>
        <translation>Propuesta: una vigilia por la dotación segura el 5 de diciembre</translation>
    </message>
    <message>
        <source>Present the plan, clarifying questions, concerns, temperature check, decide.</source>
        <translation>Presentar el plan, preguntas aclaratorias, inquietudes, sondeo, decidir.</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>Anuncios</translation>
    </message>
    <message>
        <source>Commitments for the next four weeks</source>
        <translation>Compromisos para las próximas cuatro semanas</translation>
    </message>
    <message>
        <source>Each person: bring two coworkers, hold three one-on-ones, or join the vigil team.</source>
        <translation>Cada persona: traer a dos compañeras/os de trabajo, tener tres conversaciones uno a uno o unirse al equipo de la vigilia.</translation>
    </message>
    <message>
        <source>Evaluation: plus / delta</source>
        <translation>Evaluación: qué funcionó / qué cambiar</translation>
    </message>
    <message>
        <source>Check-in and agreements</source>
        <translation>Ronda de llegada y acuerdos</translation>
    </message>
    <message>
        <source>Check-in round: one word each. 17 people, 4 new.</source>
        <translation>Ronda de llegada: una palabra por persona. 17 personas, 4 nuevas.</translation>
    </message>
    <message>
        <source>What we heard in one-on-ones</source>
        <translation>Lo que escuchamos en las conversaciones uno a uno</translation>
    </message>
    <message>
        <source>Breaks, floating without orientation, and no say in schedules came up most.</source>
        <translation>Lo que más salió: los descansos, que nos manden a otras unidades sin orientación y no tener voz en los horarios.</translation>
    </message>
    <message>
        <source>Proposal: a staffing survey across units</source>
        <translation>Propuesta: una encuesta sobre dotación de personal en todas las unidades</translation>
    </message>
    <message>
        <source>Paper and phone versions; every profession, every shift.</source>
        <translation>Versiones en papel y por teléfono; todas las profesiones, todos los turnos.</translation>
    </message>
    <message>
        <source>Survey to run for three weeks; results at the November meeting.</source>
        <translation>La encuesta dura tres semanas; resultados en la reunión de noviembre.</translation>
    </message>
    <message>
        <source>Next steps and roles</source>
        <translation>Próximos pasos y roles</translation>
    </message>
    <message>
        <source>Survey team: Ngozi, Lupe, Omar, Sofía.</source>
        <translation>Equipo de la encuesta: Ngozi, Lupe, Omar, Sofía.</translation>
    </message>
    <message>
        <source>+ good mix of professions, food. Δ start on time; more interpretation for Creole.</source>
        <translation>+ buena mezcla de profesiones, comida. Δ empezar a tiempo; más interpretación al criollo haitiano.</translation>
    </message>
    <message>
        <source>Report-backs from the working groups</source>
        <translation>Informes de los grupos de trabajo</translation>
    </message>
    <message>
        <source>Safe staffing, workplace violence and student groups reported.</source>
        <translation>Informaron los grupos de dotación segura, de violencia en el trabajo y de estudiantes.</translation>
    </message>
    <message>
        <source>Proposal: adopt the staffing-ratios platform</source>
        <translation>Propuesta: adoptar la plataforma de proporciones de personal</translation>
    </message>
    <message>
        <source>Amended: add EVS and CNA ratios, not only nursing.</source>
        <translation>Enmendada: agregar proporciones para EVS y CNA, no solo para enfermería.</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Open floor</source>
        <translation>Palabra abierta</translation>
    </message>
    <message>
        <source>Run a staffing survey across all units and professions for three weeks, on paper and by phone.</source>
        <translation>Hacer durante tres semanas una encuesta sobre dotación de personal en todas las unidades y profesiones, en papel y por teléfono.</translation>
    </message>
    <message>
        <source>Survey plan</source>
        <translation>Plan de la encuesta</translation>
    </message>
    <message>
        <source>Adopt the staffing-ratios platform, amended to include EVS and CNA ratios.</source>
        <translation>Adoptar la plataforma de proporciones de personal, enmendada para incluir proporciones para EVS y CNA.</translation>
    </message>
    <message>
        <source>Platform as amended</source>
        <translation>Plataforma con las enmiendas</translation>
    </message>
    <message>
        <source>Safe Staffing Working Group</source>
        <translation>Grupo de trabajo por la dotación segura</translation>
    </message>
    <message>
        <source>Bring two coworkers to the November meeting</source>
        <translation>Traer a dos compañeras/os de trabajo a la reunión de noviembre</translation>
    </message>
    <message>
        <source>Hold three one-on-ones on my unit by {date}</source>
        <translation>Tener tres conversaciones uno a uno en mi unidad para el {date}</translation>
    </message>
    <message>
        <source>Collect 10 staffing-incident forms by {date}</source>
        <translation>Juntar 10 formularios de incidentes de dotación para el {date}</translation>
    </message>
    <message>
        <source>Sign the ratio petition and get 5 coworkers to sign by {date}</source>
        <translation>Firmar la petición por las proporciones de personal y conseguir que 5 compañeras/os la firmen para el {date}</translation>
    </message>
    <message>
        <source>Join the research committee</source>
        <translation>Unirme al comité de investigación</translation>
    </message>
    <message>
        <source>Speak at the board meeting ({date})</source>
        <translation>Hablar en la reunión de la junta directiva ({date})</translation>
    </message>
    <message>
        <source>Hold three one-on-ones by {date}</source>
        <translation>Tener tres conversaciones uno a uno para el {date}</translation>
    </message>
    <message>
        <source>Bring two coworkers to the December meeting</source>
        <translation>Traer a dos compañeras/os de trabajo a la reunión de diciembre</translation>
    </message>
    <message>
        <source>Join the staffing committee</source>
        <translation>Unirme al comité de dotación de personal</translation>
    </message>
    <message>
        <source>Take a shift at the board-meeting turnout ({date})</source>
        <translation>Tomar un turno en la movilización a la reunión de la junta directiva ({date})</translation>
    </message>
    <message>
        <source>Brought Lan and Tomás.</source>
        <translation>Trajo a Lan y a Tomás.</translation>
    </message>
    <message>
        <source>Two of three done.</source>
        <translation>Lleva dos de tres.</translation>
    </message>
    <message>
        <source>No answer after three calls.</source>
        <translation>No contestó después de tres llamadas.</translation>
    </message>
    <message>
        <source>Schedule changed.</source>
        <translation>Le cambiaron el horario.</translation>
    </message>
    <message>
        <source>Has 4 signatures.</source>
        <translation>Tiene 4 firmas.</translation>
    </message>
    <message>
        <source>Came to first committee call.</source>
        <translation>Vino a la primera llamada del comité.</translation>
    </message>
    <message>
        <source>Night shift</source>
        <translation>Turno de noche</translation>
    </message>
    <message>
        <source>Spanish speaking</source>
        <translation>Hispanohablantes</translation>
    </message>
    <message>
        <source>Medication safety committee</source>
        <translation>Comité de seguridad de los medicamentos</translation>
    </message>
    <message>
        <source>Union hall, 2nd floor, 415 Alder St.</source>
        <translation>Local del sindicato, 2.º piso, 415 Alder St.</translation>
    </message>
    <message>
        <source>Bring two coworkers to the next meeting</source>
        <translation>Traer a dos compañeras/os de trabajo a la próxima reunión</translation>
    </message>
    <message>
        <source>Held three on the respiratory team.</source>
        <translation>Tuvo tres con el equipo de terapia respiratoria.</translation>
    </message>
    <message>
        <source>Brought Hannah and Yusuf.</source>
        <translation>Trajo a Hannah y a Yusuf.</translation>
    </message>
    <message>
        <source>Has three forms; classes started, will bring the rest.</source>
        <translation>Tiene tres formularios; empezaron las clases, traerá el resto.</translation>
    </message>
    <message>
        <source>Brought Samuel.</source>
        <translation>Trajo a Samuel.</translation>
    </message>
    <message>
        <source>Talked with three CNAs on his floor.</source>
        <translation>Habló con tres CNA de su piso.</translation>
    </message>
    <message>
        <source>Brought 12 forms from Mercy.</source>
        <translation>Trajo 12 formularios de Mercy.</translation>
    </message>
    <message>
        <source>Bring two coworkers to the October meeting</source>
        <translation>Traer a dos compañeras/os de trabajo a la reunión de octubre</translation>
    </message>
    <message>
        <source>Take the staffing survey to the night shift by {date}</source>
        <translation>Llevar la encuesta sobre dotación de personal al turno de noche para el {date}</translation>
    </message>
    <message>
        <source>Brought Mei and Lupe.</source>
        <translation>Trajo a Mei y a Lupe.</translation>
    </message>
    <message>
        <source>Picked up extra shifts this month; ask again in winter.</source>
        <translation>Tomó turnos extra este mes; volver a preguntarle en invierno.</translation>
    </message>
    <message>
        <source>Safe Staffing Working Group — %1</source>
        <translation>Grupo de trabajo por la dotación segura — %1</translation>
    </message>
    <message>
        <source>Medication safety committee — %1</source>
        <translation>Comité de seguridad de los medicamentos — %1</translation>
    </message>
    <message>
        <source>St. Brigid Medical Center, pharmacy conference room</source>
        <translation>St. Brigid Medical Center, sala de reuniones de farmacia</translation>
    </message>
    <message>
        <source>members-action-network.csv</source>
        <translation>miembros-action-network.csv</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Imported from %1:</source>
        <translation>Importado de %1:</translation>
    </message>
    <message>
        <source>Signed in at %1:</source>
        <translation>Se registró en %1:</translation>
    </message>
    <message>
        <source>Added later:</source>
        <translation>Agregado después:</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>These people share a phone, an email or a full name with someone already in the directory. Families share phones and emails: merge only if you are sure.</source>
        <translation>Estas personas comparten teléfono, correo o nombre completo con alguien que ya está en el directorio. Las familias comparten teléfonos y correos: une las fichas solo si no hay duda.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2: decide these, and the next ones appear.</source>
        <translation>Se muestran los primeros %1 de %2: decide sobre estos y aparecerán los siguientes.</translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>No hay nada que revisar.</translation>
    </message>
    <message>
        <source>Same person: merge…</source>
        <translation>Misma persona: unir…</translation>
    </message>
    <message>
        <source>Already known:
</source>
        <translation>Ya en el directorio:
</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>Personas distintas</translation>
    </message>
    <message>
        <source>record the decision</source>
        <translation>registrar la decisión</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>Encryption needs the optional SQLCipher package: install meetingkit with its &quot;encryption&quot; extra (pip install &quot;meetingkit[encryption]&quot;).</source>
        <translation>El cifrado necesita el paquete opcional SQLCipher: instala meetingkit con su extra &quot;encryption&quot; (pip install &quot;meetingkit[encryption]&quot;).</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %1 characters: a few words you will remember is best.</source>
        <translation>Elige una frase de contraseña de al menos %1 caracteres: lo mejor son unas cuantas palabras que vayas a recordar.</translation>
    </message>
    <message>
        <source>The passphrase cannot contain a NUL character.</source>
        <translation>La frase de contraseña no puede contener un carácter NUL.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Las dos frases de contraseña no son iguales. Escríbelas de nuevo.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one. Choose another.</source>
        <translation>La nueva frase de contraseña es igual a la actual. Elige otra.</translation>
    </message>
    <message>
        <source>The passphrase does not open %1, but it opens its newest backup. If the passphrase was changed after that backup was made, use the new one. If not, the file is damaged at its very start, so it cannot check any passphrase. It has not been changed.</source>
        <translation>La frase de contraseña no abre %1, pero sí abre su copia de seguridad más reciente. Si la frase de contraseña se cambió después de hacer esa copia, usa la nueva. Si no, el archivo está dañado justo al principio, así que no puede comprobar ninguna frase de contraseña. No se ha cambiado.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>No hay ninguna base de datos en %1.</translation>
    </message>
    <message>
        <source>%1 is encrypted: give its passphrase to change that.</source>
        <translation>%1 está cifrado: escribe su frase de contraseña para cambiar eso.</translation>
    </message>
    <message>
        <source>The passphrase does not open %1.</source>
        <translation>La frase de contraseña no abre %1.</translation>
    </message>
    <message>
        <source>The converted copy does not hold the same rows as the original; nothing was changed. Please report this.</source>
        <translation>La copia convertida no tiene las mismas filas que la original; no se cambió nada. Por favor, informa de esto.</translation>
    </message>
    <message>
        <source>Could not rewrite %1 (%2). Nothing was changed: the data opens as before. Check there is free space on the disk, then try again.</source>
        <translation>No se pudo reescribir %1 (%2). No se cambió nada: los datos se abren como antes. Revisa que haya espacio libre en el disco y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>meetingkit (or a sign-in server, or another command) still has the data open. Close it, then try again.</source>
        <translation>meetingkit (o un servidor de registro, u otro comando) todavía tiene los datos abiertos. Ciérralo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1 still holds changes not yet in the database; open and close meetingkit once, then try again.</source>
        <translation>%1 todavía tiene cambios que no están en la base de datos; abre y cierra meetingkit una vez y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export attendees</source>
        <translation>Exportar asistentes</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Qué exportar</translation>
    </message>
    <message>
        <source>people who agreed to be contacted, for uploading to Action Network</source>
        <translation>las personas que aceptaron que las contacten, para subir a Action Network</translation>
    </message>
    <message>
        <source>everyone, as Completed, Walk In or No Show, for a spreadsheet</source>
        <translation>todas las personas, como Completed, Walk In o No Show, para una hoja de cálculo</translation>
    </message>
    <message>
        <source>Everyone who came, and anyone who held a role, is listed whatever they agreed about contact: a record of attendance, not a list for emailing or for Action Network.</source>
        <translation>Aparecen todas las personas que vinieron, y quienes tuvieron un rol, acepten o no que las contacten: es un registro de asistencia, no una lista para enviar correos ni para Action Network.</translation>
    </message>
    <message>
        <source>Extra columns, named as your group names them</source>
        <translation>Columnas adicionales, con los nombres que usa tu grupo</translation>
    </message>
    <message>
        <source>Column name for %1</source>
        <translation>Nombre de columna para %1</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>An Action Network upload always has this column, under its own name.</source>
        <translation>Una carga para Action Network siempre lleva esta columna, con su propio nombre.</translation>
    </message>
    <message numerus="yes">
        <source>People in the file: %n.</source>
        <translation>
            <numerusform>Personas en el archivo: %n.</numerusform>
            <numerusform>Personas en el archivo: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n — </source>
        <translation>
            <numerusform>Queda fuera: %n — </numerusform>
            <numerusform>Quedan fuera: %n — </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Email or phone left blank for %n: they did not agree to be contacted that way.</source>
        <translation>
            <numerusform>Correo o teléfono en blanco para %n persona: no aceptó que la contacten por esa vía.</numerusform>
            <numerusform>Correo o teléfono en blanco para %n personas: no aceptaron que las contacten por esa vía.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the Action Network upload</source>
        <translation>Guardar la carga para Action Network</translation>
    </message>
    <message>
        <source>Save the attendance list</source>
        <translation>Guardar la lista de asistencia</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>Archivos CSV</translation>
    </message>
</context>
<context>
    <name>ExportLogModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Zip code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Phone and email</source>
        <translation>Teléfono y correo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>How they signed in</source>
        <translation>Cómo se registró</translation>
    </message>
    <message>
        <source>Arrival time</source>
        <translation>Hora de llegada</translation>
    </message>
    <message>
        <source>First time</source>
        <translation>Primera vez</translation>
    </message>
    <message>
        <source>Profession or role</source>
        <translation>Profesión u oficio</translation>
    </message>
    <message>
        <source>Employer or worksite</source>
        <translation>Empleador o lugar de trabajo</translation>
    </message>
    <message>
        <source>Unit or ward</source>
        <translation>Unidad o sala</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Turno</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>Situación laboral</translation>
    </message>
    <message>
        <source>Union member?</source>
        <translation>¿Miembro del sindicato?</translation>
    </message>
    <message>
        <source>How they heard</source>
        <translation>Cómo se enteró</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <source>Interpretation need</source>
        <translation>Necesidad de interpretación</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation>Tiempo de palabra</translation>
    </message>
    <message>
        <source>Who spoke when</source>
        <translation>Quién habló y cuándo</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>Follow-up status</source>
        <translation>Estado del seguimiento</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Fecha del seguimiento</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Quien organiza</translation>
    </message>
    <message>
        <source>Card ID</source>
        <translation>ID de la tarjeta</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Cuántos</translation>
    </message>
    <message>
        <source>Across meetings</source>
        <translation>Varias reuniones</translation>
    </message>
    <message numerus="yes">
        <source>%n appointments</source>
        <translation>
            <numerusform>%n cita</numerusform>
            <numerusform>%n citas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Columnas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n left out of it</source>
        <translation>
            <numerusform>%n quedó fuera</numerusform>
            <numerusform>%n quedaron fuera</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Email (if they agreed to emails)</source>
        <translation>Correo (si aceptó recibir correos)</translation>
    </message>
    <message>
        <source>Phone (if they agreed to texts)</source>
        <translation>Teléfono (si aceptó recibir mensajes de texto)</translation>
    </message>
    <message>
        <source>Zip code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Profession or role</source>
        <translation>Profesión u oficio</translation>
    </message>
    <message>
        <source>Employer or worksite</source>
        <translation>Empleador o lugar de trabajo</translation>
    </message>
    <message>
        <source>Unit or ward</source>
        <translation>Unidad o sala</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Turno</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>Situación laboral</translation>
    </message>
    <message>
        <source>Union member?</source>
        <translation>¿Miembro del sindicato?</translation>
    </message>
    <message>
        <source>How they heard</source>
        <translation>Cómo se enteró</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <source>Interpretation need</source>
        <translation>Necesidad de interpretación</translation>
    </message>
    <message>
        <source>did not agree to be contacted</source>
        <translation>no dio permiso para que se le contacte</translation>
    </message>
    <message>
        <source>agreed to contact but gave no email (Action Network needs one)</source>
        <translation>aceptó el contacto pero no dio un correo (Action Network necesita uno)</translation>
    </message>
    <message>
        <source>agreed to texts only, not email</source>
        <translation>aceptó solo mensajes de texto, no correos</translation>
    </message>
    <message>
        <source>1 did not agree to be contacted</source>
        <translation>1 no dio permiso para que se le contacte</translation>
    </message>
    <message>
        <source>%1 did not agree to be contacted</source>
        <translation>%1 no dieron permiso para que se les contacte</translation>
    </message>
    <message>
        <source>1 agreed to contact but gave no email (Action Network needs one)</source>
        <translation>1 aceptó el contacto pero no dio un correo (Action Network necesita uno)</translation>
    </message>
    <message>
        <source>%1 agreed to contact but gave no email (Action Network needs one)</source>
        <translation>%1 aceptaron el contacto pero no dieron un correo (Action Network necesita uno)</translation>
    </message>
    <message>
        <source>1 agreed to texts only, not email</source>
        <translation>1 aceptó solo mensajes de texto, no correos</translation>
    </message>
    <message>
        <source>%1 agreed to texts only, not email</source>
        <translation>%1 aceptaron solo mensajes de texto, no correos</translation>
    </message>
    <message>
        <source>“%1” is health data and is never exported.</source>
        <translation>“%1” es un dato de salud y nunca se exporta.</translation>
    </message>
    <message>
        <source>“%1” cannot be exported here; choose from: %2.</source>
        <translation>“%1” no se puede exportar aquí; elige entre: %2.</translation>
    </message>
    <message>
        <source>Give the column for “%1” a name.</source>
        <translation>Ponle un nombre a la columna de “%1”.</translation>
    </message>
    <message>
        <source>Keep the column name for “%1” under 100 characters.</source>
        <translation>El nombre de la columna de “%1” debe tener menos de 100 caracteres.</translation>
    </message>
    <message>
        <source>Two columns would be called “%1”; rename one.</source>
        <translation>Dos columnas se llamarían “%1”; cámbiale el nombre a una.</translation>
    </message>
    <message>
        <source>Nobody from this meeting can go in the %1: %2.</source>
        <translation>Nadie de esta reunión puede ir en la %1: %2.</translation>
    </message>
    <message>
        <source>Nobody from this meeting can go in the %1: nobody was marked present or held a role.</source>
        <translation>Nadie de esta reunión puede ir en la %1: nadie quedó marcado como presente ni tuvo un rol.</translation>
    </message>
    <message>
        <source>Action Network upload</source>
        <translation>Carga para Action Network</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>Lista de asistencia</translation>
    </message>
    <message>
        <source>Follow-ups calendar</source>
        <translation>Calendario de seguimiento</translation>
    </message>
    <message>
        <source>Call list (PDF)</source>
        <translation>Lista de llamadas (PDF)</translation>
    </message>
    <message>
        <source>Meeting report, facilitator copy (PDF)</source>
        <translation>Informe de la reunión, copia para quien facilita (PDF)</translation>
    </message>
    <message>
        <source>Commitment cards (PDF)</source>
        <translation>Tarjetas de compromiso (PDF)</translation>
    </message>
    <message>
        <source>Name badges (PDF)</source>
        <translation>Gafetes (PDF)</translation>
    </message>
    <message>
        <source>Name tents (PDF)</source>
        <translation>Letreros con nombre (PDF)</translation>
    </message>
    <message>
        <source>Role cards (PDF)</source>
        <translation>Tarjetas de rol (PDF)</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Buscar en:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nombre del archivo:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Tipo de archivo:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Elegir</translation>
    </message>
</context>
<context>
    <name>Floor</name>
    <message>
        <source>Assembly hand signals</source>
        <translation>Señas de asamblea</translation>
    </message>
    <message>
        <source>Parliamentary</source>
        <translation>Parlamentario</translation>
    </message>
    <message>
        <source>Point of process</source>
        <translation>Cuestión de procedimiento</translation>
    </message>
    <message>
        <source>Technical point / language</source>
        <translation>Cuestión técnica / de idioma</translation>
    </message>
    <message>
        <source>Clarifying question</source>
        <translation>Pregunta aclaratoria</translation>
    </message>
    <message>
        <source>Direct response</source>
        <translation>Respuesta directa</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>Lista de palabra</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>Cuestión de orden</translation>
    </message>
    <message>
        <source>Point of personal privilege</source>
        <translation>Cuestión de privilegio personal</translation>
    </message>
    <message>
        <source>Point of information</source>
        <translation>Solicitud de información</translation>
    </message>
    <message>
        <source>Speaking list</source>
        <translation>Lista de intervenciones</translation>
    </message>
    <message>
        <source>triangle</source>
        <translation>triángulo</translation>
    </message>
    <message>
        <source>two fingers</source>
        <translation>dos dedos</translation>
    </message>
    <message>
        <source>First come, first served</source>
        <translation>Por orden de llegada</translation>
    </message>
    <message>
        <source>Speakers are heard in the order they joined the stack.</source>
        <translation>Se escucha a las personas en el orden en que pidieron la palabra.</translation>
    </message>
    <message>
        <source>First-time speakers first</source>
        <translation>Primero quien aún no ha hablado</translation>
    </message>
    <message>
        <source>Fewest turns first</source>
        <translation>Primero quien tuvo menos turnos</translation>
    </message>
    <message>
        <source>Least airtime first (this item)</source>
        <translation>Primero quien menos habló (este punto)</translation>
    </message>
    <message>
        <source>People who have spoken least on this agenda item go first, measured in seconds; ties in the order they joined.</source>
        <translation>Primero hablan quienes menos han hablado en este punto de la agenda, medido en segundos; si hay empate, en el orden en que pidieron la palabra.</translation>
    </message>
    <message>
        <source>Least airtime first (whole meeting)</source>
        <translation>Primero quien menos habló (toda la reunión)</translation>
    </message>
    <message>
        <source>People who have spoken least in this meeting go first, measured in seconds; ties in the order they joined.</source>
        <translation>Primero hablan quienes menos han hablado en esta reunión, medido en segundos; si hay empate, en el orden en que pidieron la palabra.</translation>
    </message>
    <message>
        <source>Priority for chosen groups</source>
        <translation>Prioridad para los grupos elegidos</translation>
    </message>
    <message>
        <source>People in the groups this meeting chose to lift up go first; then in the order they joined.</source>
        <translation>Primero hablan las personas de los grupos a los que esta reunión decidió dar prioridad; después, en el orden en que pidieron la palabra.</translation>
    </message>
    <message>
        <source>%1 (none chosen yet)</source>
        <translation>%1 (aún no se eligió ninguno)</translation>
    </message>
    <message>
        <source>No group has been chosen yet, so speakers are heard in the order they joined the stack.</source>
        <translation>Aún no se eligió ningún grupo, así que se habla en el orden en que se pidió la palabra.</translation>
    </message>
    <message>
        <source>That stack entry no longer exists.</source>
        <translation>Esa entrada de la lista de palabra ya no existe.</translation>
    </message>
    <message>
        <source>Placed here by the facilitator</source>
        <translation>Aquí por decisión de quien facilita</translation>
    </message>
    <message>
        <source>The facilitator has placed someone by hand; everyone else goes by this rule.</source>
        <translation>Quien facilita asignó a mano el lugar de alguien; todos los demás van según esta regla.</translation>
    </message>
    <message>
        <source>Responds to %1; the floor has moved on since</source>
        <translation>Responde a %1; desde entonces la palabra pasó a otra persona</translation>
    </message>
    <message>
        <source>Responds to %1</source>
        <translation>Responde a %1</translation>
    </message>
    <message>
        <source>First time speaking today</source>
        <translation>Habla por primera vez hoy</translation>
    </message>
    <message>
        <source>Has spoken 1 time today</source>
        <translation>Ha hablado 1 vez hoy</translation>
    </message>
    <message>
        <source>Has spoken %1 times today</source>
        <translation>Ha hablado %1 veces hoy</translation>
    </message>
    <message>
        <source>1 turn so far</source>
        <translation>1 turno hasta ahora</translation>
    </message>
    <message>
        <source>%1 turns so far</source>
        <translation>%1 turnos hasta ahora</translation>
    </message>
    <message>
        <source>No groups chosen yet: in the order they joined</source>
        <translation>Aún no hay grupos elegidos: en el orden en que pidió la palabra</translation>
    </message>
    <message>
        <source>The stack is closed for this item. These can still be added: %1.</source>
        <translation>La lista de palabra está cerrada para este punto. Todavía se puede agregar: %1.</translation>
    </message>
    <message>
        <source>%1 is already waiting on the stack.</source>
        <translation>%1 ya está esperando en la lista de palabra.</translation>
    </message>
    <message>
        <source>No turns yet</source>
        <translation>Aún sin turnos</translation>
    </message>
    <message>
        <source>People who have not spoken yet in this meeting go first; then in the order they joined the stack. Points of process and questions do not count as speaking.</source>
        <translation>Primero hablan quienes todavía no han hablado en esta reunión; después, en el orden en que pidieron la palabra. Las cuestiones de procedimiento y las preguntas no cuentan como intervenciones.</translation>
    </message>
    <message>
        <source>People who have spoken fewer times in this meeting go first; ties in the order they joined. Points of process and questions do not count as turns.</source>
        <translation>Primero hablan quienes han hablado menos veces en esta reunión; si hay empate, en el orden en que pidieron la palabra. Las cuestiones de procedimiento y las preguntas no cuentan como turnos.</translation>
    </message>
    <message>
        <source>Goes before the general stack</source>
        <translation>Va antes de la lista general</translation>
    </message>
    <message>
        <source>Has not spoken on this item</source>
        <translation>No ha hablado en este punto</translation>
    </message>
    <message>
        <source>Has not spoken today</source>
        <translation>No ha hablado hoy</translation>
    </message>
    <message>
        <source>%1 of airtime on this item</source>
        <translation>%1 de tiempo de palabra en este punto</translation>
    </message>
    <message>
        <source>%1 of airtime today</source>
        <translation>%1 de tiempo de palabra hoy</translation>
    </message>
    <message>
        <source>Joined the stack</source>
        <translation>Pidió la palabra</translation>
    </message>
    <message>
        <source>Priority group: %1</source>
        <translation>Grupo con prioridad: %1</translation>
    </message>
    <message>
        <source>In the order they joined</source>
        <translation>En el orden en que pidió la palabra</translation>
    </message>
    <message>
        <source>%1 is no longer off the stack.</source>
        <translation>%1 ya no está fuera de la lista de palabra.</translation>
    </message>
    <message>
        <source>%1 was waiting on another agenda item: add them to this one&apos;s stack instead.</source>
        <translation>%1 esperaba en otro punto de la agenda: mejor agrega a esa persona a la lista de palabra de este punto.</translation>
    </message>
    <message>
        <source>Only a direct response can be refused; withdraw other entries.</source>
        <translation>Solo se puede rechazar una respuesta directa; las demás entradas, quítalas de la lista.</translation>
    </message>
    <message>
        <source>Only people waiting on the general stack can be moved.</source>
        <translation>Solo se puede mover a quienes esperan en la lista general.</translation>
    </message>
    <message>
        <source>%1 is waiting on another agenda item: they can be moved only on that item&apos;s stack.</source>
        <translation>%1 espera en otro punto de la agenda: solo se le puede mover en la lista de palabra de ese punto.</translation>
    </message>
    <message>
        <source>%1 is not waiting on the stack.</source>
        <translation>%1 no está esperando en la lista de palabra.</translation>
    </message>
    <message>
        <source>Nobody has the floor.</source>
        <translation>Nadie tiene la palabra.</translation>
    </message>
</context>
<context>
    <name>Floor Log</name>
    <message>
        <source>Took %1 off the stack</source>
        <translation>Se quitó a %1 de la lista de palabra</translation>
    </message>
    <message>
        <source>Put %1 back on the stack</source>
        <translation>Se volvió a poner a %1 en la lista de palabra</translation>
    </message>
    <message>
        <source>Refused a direct response from %1</source>
        <translation>Respuesta directa de %1 rechazada</translation>
    </message>
    <message>
        <source>Moved %1 from %2 to %3 on the stack</source>
        <translation>Se movió a %1 del puesto %2 al %3 en la lista de palabra</translation>
    </message>
    <message>
        <source>Stack rule set to: %1</source>
        <translation>Regla de la lista de palabra: %1</translation>
    </message>
    <message>
        <source>Stack re-sorted by the rule</source>
        <translation>Lista de palabra reordenada según la regla</translation>
    </message>
    <message>
        <source>Stack closed for this item</source>
        <translation>Lista de palabra cerrada para este punto</translation>
    </message>
    <message>
        <source>Stack reopened</source>
        <translation>Lista de palabra reabierta</translation>
    </message>
    <message>
        <source>Took %1 off the stack as the agenda moved on (%2: not carried to another item)</source>
        <translation>Se quitó a %1 de la lista de palabra al pasar de punto (%2: no pasa a otro punto)</translation>
    </message>
    <message>
        <source>Gave the floor to %1 ahead of the stack</source>
        <translation>Palabra dada a %1 antes de su turno en la lista</translation>
    </message>
</context>
<context>
    <name>FloorLogDialog</name>
    <message>
        <source>The floor&apos;s log</source>
        <translation>Bitácora de la palabra</translation>
    </message>
    <message>
        <source>Nothing has been logged yet in this meeting.</source>
        <translation>Aún no se ha registrado nada en esta reunión.</translation>
    </message>
    <message>
        <source>1 change to the stack by hand, newest last.</source>
        <translation>1 cambio manual en la lista de palabra, el más reciente al final.</translation>
    </message>
    <message>
        <source>%1 changes to the stack by hand, newest last.</source>
        <translation>%1 cambios manuales en la lista de palabra, el más reciente al final.</translation>
    </message>
    <message>
        <source>Moves, calls ahead of the stack, refused direct responses, the stack closed or reopened, and each rule set are logged as they happen.</source>
        <translation>Los movimientos, la palabra dada antes de turno, las respuestas directas rechazadas, la lista cerrada o reabierta y cada regla fijada se registran en el momento.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Registrado</translation>
    </message>
</context>
<context>
    <name>FloorTab</name>
    <message>
        <source>Speaker</source>
        <translation>Quien habla</translation>
    </message>
    <message>
        <source>Time left in this turn</source>
        <translation>Tiempo restante de este turno</translation>
    </message>
    <message>
        <source>&amp;Next speaker</source>
        <translation>Siguie&amp;nte persona</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>&amp;Pause / resume turn</source>
        <translation>&amp;Pausar / reanudar turno</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>&amp;End turn</source>
        <translation>&amp;Terminar turno</translation>
    </message>
    <message>
        <source>End turn</source>
        <translation>Terminar turno</translation>
    </message>
    <message>
        <source>&amp;Give the floor to the selected</source>
        <translation>&amp;Dar la palabra a la persona seleccionada</translation>
    </message>
    <message>
        <source>Give floor</source>
        <translation>Dar la palabra</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>W&amp;ithdraw entry</source>
        <translation>&amp;Quitar de la lista</translation>
    </message>
    <message>
        <source>&amp;Refuse direct response</source>
        <translation>&amp;Rechazar respuesta directa</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Move &amp;up (logged)</source>
        <translation>&amp;Subir (queda registrado)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move do&amp;wn (logged)</source>
        <translation>&amp;Bajar (queda registrado)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Re-sort by the rule</source>
        <translation>Reordenar según la regla</translation>
    </message>
    <message>
        <source>Re-sort</source>
        <translation>Reordenar</translation>
    </message>
    <message>
        <source>&amp;Close the stack for this item</source>
        <translation>&amp;Cerrar la lista para este punto</translation>
    </message>
    <message>
        <source>Close stack</source>
        <translation>Cerrar lista</translation>
    </message>
    <message>
        <source>Show the floor&apos;s &amp;log…</source>
        <translation>Ver la &amp;bitácora de la palabra…</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Bitácora</translation>
    </message>
    <message>
        <source>Carry unheard to the next item</source>
        <translation>Pasar a quienes no hablaron al siguiente punto</translation>
    </message>
    <message>
        <source>Move unheard to the parking lot</source>
        <translation>Pasar a quienes no hablaron a temas pendientes</translation>
    </message>
    <message>
        <source>Speaking stack</source>
        <translation>Lista de palabra</translation>
    </message>
    <message>
        <source>Unheard</source>
        <translation>Sin hablar</translation>
    </message>
    <message>
        <source>Add to the stack:</source>
        <translation>Agregar a la lista:</translation>
    </message>
    <message>
        <source>pause the turn left on the floor</source>
        <translation>pausar el turno que quedó abierto</translation>
    </message>
    <message>
        <source>This computer was asleep for about %1 (since %2) while %3 had the floor: the turn was paused as it went to sleep, so that time is not counted as speaking time. Press Space to resume it.</source>
        <translation>Esta computadora estuvo suspendida unos %1 (desde las %2) mientras %3 tenía la palabra: el turno se pausó al suspenderse, así que ese tiempo no cuenta como tiempo de palabra. Presiona Space para reanudarlo.</translation>
    </message>
    <message>
        <source>Resumed after a restart. This computer&apos;s clock reads about %4 earlier than the last time saved for this meeting (%2), so how long meetingkit was closed cannot be told: %3&apos;s turn was paused as of %2, and no time since counts as speaking time. Check the computer&apos;s date and time; press Space to resume the turn.</source>
        <translation>Se reanudó tras reiniciar. El reloj de esta computadora marca unos %4 menos que la última hora guardada de esta reunión (%2), así que no se puede saber cuánto tiempo estuvo cerrado meetingkit: el turno de %3 se pausó a las %2, y ningún tiempo desde entonces cuenta como tiempo de palabra. Revisa la fecha y la hora de la computadora; presiona Space para reanudar el turno.</translation>
    </message>
    <message>
        <source>Resumed after a restart. meetingkit was closed for about %1 (since %2) while %3 had the floor: the turn was paused then, so that time is not counted as speaking time. Press Space to resume it.</source>
        <translation>Se reanudó tras reiniciar. meetingkit estuvo cerrado unos %1 (desde las %2) mientras %3 tenía la palabra: el turno se pausó entonces, así que ese tiempo no cuenta como tiempo de palabra. Presiona Space para reanudarlo.</translation>
    </message>
    <message>
        <source>The meeting has ended</source>
        <translation>La reunión ya terminó</translation>
    </message>
    <message>
        <source>The floor is closed: nothing after the end counts as anyone&apos;s airtime. Press L for the floor&apos;s log.</source>
        <translation>La palabra está cerrada: nada después del fin cuenta como tiempo de palabra de nadie. Presiona L para ver la bitácora de la palabra.</translation>
    </message>
    <message>
        <source>The floor is open</source>
        <translation>La palabra está abierta</translation>
    </message>
    <message>
        <source> — paused</source>
        <translation> — en pausa</translation>
    </message>
    <message>
        <source> The stack is closed for this item.</source>
        <translation> La lista está cerrada para este punto.</translation>
    </message>
    <message>
        <source>Nobody is waiting. Press A to add someone.</source>
        <translation>Nadie espera turno. Presiona A para agregar a alguien.</translation>
    </message>
    <message>
        <source>1 person waiting.</source>
        <translation>1 persona esperando.</translation>
    </message>
    <message numerus="yes">
        <source>%n people waiting.</source>
        <translation>
            <numerusform>%n persona esperando.</numerusform>
            <numerusform>%n personas esperando.</numerusform>
        </translation>
    </message>
    <message>
        <source> Press N for the next speaker.</source>
        <translation> Presiona N para la siguiente persona.</translation>
    </message>
    <message numerus="yes">
        <source>%n people waiting to speak, %1 left: close the stack? (%2)</source>
        <translation>
            <numerusform>%n persona espera para hablar y quedan %1: ¿cerrar la lista de palabra? (%2)</numerusform>
            <numerusform>%n personas esperan para hablar y quedan %1: ¿cerrar la lista de palabra? (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people waiting to speak, the item is %1 over: close the stack? (%2)</source>
        <translation>
            <numerusform>%n persona espera para hablar y el punto se pasa %1 del tiempo: ¿cerrar la lista de palabra? (%2)</numerusform>
            <numerusform>%n personas esperan para hablar y el punto se pasa %1 del tiempo: ¿cerrar la lista de palabra? (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>change the stack rule</source>
        <translation>cambiar la regla de la lista</translation>
    </message>
    <message>
        <source>change the smallest group shown</source>
        <translation>cambiar el grupo más pequeño que se muestra</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>Agregar: %1</translation>
    </message>
    <message>
        <source>give the floor to the next speaker</source>
        <translation>dar la palabra a la siguiente persona</translation>
    </message>
    <message>
        <source>pause or resume the turn</source>
        <translation>pausar o reanudar el turno</translation>
    </message>
    <message>
        <source>end the turn</source>
        <translation>terminar el turno</translation>
    </message>
    <message>
        <source>Add to the stack: %1</source>
        <translation>Agregar a la lista: %1</translation>
    </message>
    <message>
        <source>add to the stack</source>
        <translation>agregar a la lista</translation>
    </message>
    <message>
        <source>give the floor</source>
        <translation>dar la palabra</translation>
    </message>
    <message>
        <source>withdraw the entry</source>
        <translation>quitar de la lista</translation>
    </message>
    <message>
        <source>Take %1 off the stack</source>
        <translation>Quitar a %1 de la lista de palabra</translation>
    </message>
    <message>
        <source>refuse the direct response</source>
        <translation>rechazar la respuesta directa</translation>
    </message>
    <message>
        <source>Refuse %1&apos;s direct response</source>
        <translation>Rechazar la respuesta directa de %1</translation>
    </message>
    <message>
        <source>put the entry back</source>
        <translation>volver a poner a la persona en la lista de palabra</translation>
    </message>
    <message>
        <source>move the entry</source>
        <translation>mover en la lista</translation>
    </message>
    <message>
        <source>re-sort the stack</source>
        <translation>reordenar la lista</translation>
    </message>
    <message>
        <source>close or reopen the stack</source>
        <translation>cerrar o reabrir la lista</translation>
    </message>
    <message>
        <source>carry the unheard entries</source>
        <translation>pasar a quienes no hablaron al siguiente punto</translation>
    </message>
    <message>
        <source>Carry them to “%1”?</source>
        <translation>¿Llevarlas a “%1”?</translation>
    </message>
    <message>
        <source>park the unheard entries</source>
        <translation>pasar a temas pendientes a quienes no hablaron</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Reopen stack</source>
        <translation>Reabrir lista</translation>
    </message>
    <message>
        <source>Log (%1)</source>
        <translation>Bitácora (%1)</translation>
    </message>
    <message>
        <source>Placed by hand: %1; everyone else by the rule. %2 puts everyone back in the rule&apos;s order.</source>
        <translation>Lugar asignado a mano: %1; el resto, según la regla. %2 vuelve a poner a todos en el orden de la regla.</translation>
    </message>
</context>
<context>
    <name>Follow-ups</name>
    <message>
        <source>Keep outcome notes under 4,000 characters.</source>
        <translation>Las notas del resultado deben tener menos de 4000 caracteres.</translation>
    </message>
    <message>
        <source>No open follow-up from a meeting since %1.</source>
        <translation>Ningún seguimiento pendiente de una reunión desde el %1.</translation>
    </message>
    <message>
        <source>No open follow-up is organized by %1. Organizers with open follow-ups: %2.</source>
        <translation>Ningún seguimiento abierto lo organiza %1. Quienes organizan seguimientos abiertos: %2.</translation>
    </message>
    <message>
        <source>meetingkit follow-ups</source>
        <translation>Seguimientos de meetingkit</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>Seguimiento: %1</translation>
    </message>
    <message>
        <source>From “%1” on %2.</source>
        <translation>De “%1”, el %2.</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contacto: %1</translation>
    </message>
    <message>
        <source>Organizer: %1</source>
        <translation>Quien organiza: %1</translation>
    </message>
    <message>
        <source>In person only: said no to contact on the card</source>
        <translation>Solo en persona: en la tarjeta dijo que no se le contacte</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow up</source>
        <translation>Dar seguimiento</translation>
    </message>
    <message>
        <source>No phone or email on file</source>
        <translation>No hay teléfono ni correo registrado</translation>
    </message>
    <message>
        <source>Committed to:</source>
        <translation>Se comprometió a:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Quien organiza</translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation>Dar seguimiento a más tardar el</translation>
    </message>
    <message>
        <source>Outcome notes</source>
        <translation>Notas del resultado</translation>
    </message>
    <message>
        <source>What came of the call. Facts, not opinions about the person.</source>
        <translation>Qué resultó de la llamada. Hechos, no opiniones sobre la persona.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Organizer:</source>
        <translation>Quien organiza:</translation>
    </message>
    <message>
        <source>Follow up by:</source>
        <translation>Seguimiento a más tardar el:</translation>
    </message>
    <message>
        <source>Outcome notes:</source>
        <translation>Notas del resultado:</translation>
    </message>
    <message>
        <source>Who follows up?</source>
        <translation>¿Quién da seguimiento?</translation>
    </message>
</context>
<context>
    <name>FollowUpFilters</name>
    <message>
        <source>Organizer</source>
        <translation>Quien organiza</translation>
    </message>
    <message>
        <source>Meeting or group</source>
        <translation>Reunión o grupo</translation>
    </message>
    <message>
        <source>&amp;Organizer:</source>
        <translation>&amp;Quien organiza:</translation>
    </message>
    <message>
        <source>Meeting or &amp;group:</source>
        <translation>Reunión o &amp;grupo:</translation>
    </message>
    <message>
        <source>Every organizer</source>
        <translation>Todo el equipo</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— nadie —</translation>
    </message>
    <message>
        <source>Every meeting</source>
        <translation>Todas las reuniones</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Grupo: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Committed to</source>
        <translation>Se comprometió a</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Quien organiza</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— nadie —</translation>
    </message>
    <message>
        <source>Overdue · %1</source>
        <translation>Atrasado · %1</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Show done, declined and lapsed</source>
        <translation>Mostrar hechos, rechazados y caducados</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Enter or double-click to record a call. Everything here stays on this computer; the call list and calendar leave it only when you save them.</source>
        <translation>Enter o doble clic para registrar una llamada. Todo lo que hay aquí se queda en esta computadora; la lista de llamadas y el calendario salen de ella solo cuando los guardas.</translation>
    </message>
    <message>
        <source>Mark &amp;lapsed…</source>
        <translation>Marcar &amp;caducados…</translation>
    </message>
    <message>
        <source>Close the selected follow-ups, or all listed before a day, as lapsed</source>
        <translation>Cierra como caducados los seguimientos seleccionados, o todos los de la lista que vencieron antes de una fecha</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>No open follow-ups</source>
        <translation>No hay seguimientos pendientes</translation>
    </message>
    <message>
        <source>%1 to follow up, %2 overdue</source>
        <translation>Seguimientos pendientes: %1 · atrasados: %2</translation>
    </message>
    <message>
        <source>save the follow-up</source>
        <translation>guardar el seguimiento</translation>
    </message>
    <message>
        <source>mark the follow-ups lapsed</source>
        <translation>marcar los seguimientos como caducados</translation>
    </message>
    <message numerus="yes">
        <source>%n marked lapsed.</source>
        <translation>
            <numerusform>%n marcado como caducado.</numerusform>
            <numerusform>%n marcados como caducados.</numerusform>
        </translation>
    </message>
    <message>
        <source>undo marking the follow-ups lapsed</source>
        <translation>deshacer la marca de caducados</translation>
    </message>
</context>
<context>
    <name>Group attendance</name>
    <message>
        <source>fewer people at each of the last %1 meetings: %2</source>
        <translation>menos personas en cada una de las últimas %1 reuniones: %2</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>e.g. Safe Staffing Working Group</source>
        <translation>p. ej., Grupo de trabajo por la dotación segura</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
</context>
<context>
    <name>Groups</name>
    <message>
        <source>Working group</source>
        <translation>Grupo de trabajo</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>Coalition</source>
        <translation>Coalición</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>Un grupo necesita un nombre.</translation>
    </message>
    <message>
        <source>Keep the group&apos;s name under %1 characters.</source>
        <translation>El nombre del grupo debe tener menos de %1 caracteres.</translation>
    </message>
    <message>
        <source>Count someone as not seen lately after 1 to %1 missed meetings.</source>
        <translation>Indica tras cuántas faltas seguidas (de 1 a %1) alguien cuenta como que no viene últimamente.</translation>
    </message>
    <message>
        <source>1 open</source>
        <translation>1 pendiente</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 pendientes</translation>
    </message>
    <message>
        <source>1 reached</source>
        <translation>1 contactado</translation>
    </message>
    <message>
        <source>%1 reached</source>
        <translation>%1 contactados</translation>
    </message>
    <message>
        <source>nothing open</source>
        <translation>nada pendiente</translation>
    </message>
    <message>
        <source>The group “%1” no longer exists.</source>
        <translation>El grupo “%1” ya no existe.</translation>
    </message>
    <message>
        <source>That group no longer exists.</source>
        <translation>Ese grupo ya no existe.</translation>
    </message>
    <message>
        <source>That group or person no longer exists.</source>
        <translation>Ese grupo o esa persona ya no existe.</translation>
    </message>
    <message>
        <source>There is already a group called “%1”. Choose another name.</source>
        <translation>Ya hay un grupo llamado “%1”. Elige otro nombre.</translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Realizadas</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>bajando</translation>
    </message>
    <message>
        <source>not met yet</source>
        <translation>aún no se reúne</translation>
    </message>
    <message>
        <source>last: %1</source>
        <translation>última: %1</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>&amp;Nuevo grupo…</translation>
    </message>
    <message>
        <source>E&amp;dit group…</source>
        <translation>E&amp;ditar grupo…</translation>
    </message>
    <message>
        <source>Delete group…</source>
        <translation>Eliminar grupo…</translation>
    </message>
    <message>
        <source>Membe&amp;rs</source>
        <translation>Miem&amp;bros</translation>
    </message>
    <message>
        <source>Haven&apos;t &amp;seen</source>
        <translation>No han v&amp;uelto</translation>
    </message>
    <message>
        <source>&amp;Balance</source>
        <translation>E&amp;quilibrio</translation>
    </message>
    <message>
        <source>&amp;Ladder</source>
        <translation>Es&amp;calera</translation>
    </message>
    <message>
        <source>No groups yet. A group — a working group, chapter, committee or coalition — has members and a series of meetings. Create one with New group, then open each of its meetings and choose Meeting › Meeting&apos;s group.</source>
        <translation>Aún no hay grupos. Un grupo —un grupo de trabajo, una sección, un comité o una coalición— tiene miembros y una serie de reuniones. Crea uno con Nuevo grupo y luego abre cada una de sus reuniones y elige Reunión › Grupo de la reunión.</translation>
    </message>
    <message>
        <source>read the groups</source>
        <translation>leer los grupos</translation>
    </message>
    <message>
        <source>read the group</source>
        <translation>leer el grupo</translation>
    </message>
    <message>
        <source>Haven&apos;t &amp;seen (%1)</source>
        <translation>No han v&amp;uelto (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n miembro</numerusform>
            <numerusform>%n miembros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meetings held</source>
        <translation>
            <numerusform>%n reunión realizada</numerusform>
            <numerusform>%n reuniones realizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coming up</source>
        <translation>
            <numerusform>%n próxima</numerusform>
            <numerusform>%n próximas</numerusform>
        </translation>
    </message>
    <message>
        <source>people per meeting: %1</source>
        <translation>personas por reunión: %1</translation>
    </message>
    <message numerus="yes">
        <source>fewer people at each of the last %n</source>
        <translation>
            <numerusform>menos personas en %n reunión</numerusform>
            <numerusform>menos personas en cada una de las últimas %n</numerusform>
        </translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nuevo grupo</translation>
    </message>
    <message>
        <source>Edit group</source>
        <translation>Editar grupo</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Eliminar grupo</translation>
    </message>
    <message>
        <source>Delete the group “%1”? Its meetings, with their attendance and commitments, stay; they just belong to no group. Its member list and ladder go.</source>
        <translation>¿Eliminar el grupo “%1”? Sus reuniones, con su asistencia y sus compromisos, se conservan; solo dejan de pertenecer a un grupo. Su lista de miembros y su escalera se borran.</translation>
    </message>
    <message>
        <source>delete the group</source>
        <translation>eliminar el grupo</translation>
    </message>
    <message>
        <source>Add a member to %1</source>
        <translation>Agregar un miembro a %1</translation>
    </message>
    <message>
        <source>add the member</source>
        <translation>agregar a la persona al grupo</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Quitar miembro</translation>
    </message>
    <message>
        <source>Take %1 off the members of “%2”? Their attendance and commitments stay.</source>
        <translation>¿Quitar a %1 de los miembros de “%2”? Su asistencia y sus compromisos se conservan.</translation>
    </message>
    <message>
        <source>remove the member</source>
        <translation>quitar a la persona del grupo</translation>
    </message>
    <message>
        <source>save the ladder</source>
        <translation>guardar la escalera</translation>
    </message>
    <message>
        <source>save the setting</source>
        <translation>guardar el ajuste</translation>
    </message>
</context>
<context>
    <name>Guide PDF</name>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>By the end, participants can:</source>
        <translation>Al final, las personas participantes podrán:</translation>
    </message>
    <message>
        <source>Key points of the session</source>
        <translation>Puntos clave de la sesión</translation>
    </message>
    <message>
        <source>Facilitator guide — %1</source>
        <translation>Guía de facilitación — %1</translation>
    </message>
    <message>
        <source>groups of %1 · timed</source>
        <translation>grupos de %1 · con temporizador</translation>
    </message>
    <message>
        <source>groups of %1 · %2 rounds</source>
        <translation>grupos de %1 · %2 rondas</translation>
    </message>
    <message>
        <source>%1 on the timer; roles change each round</source>
        <translation>%1 en el temporizador; los roles cambian en cada ronda</translation>
    </message>
    <message>
        <source>%1 on the timer</source>
        <translation>%1 en el temporizador</translation>
    </message>
    <message>
        <source>not on this training&apos;s agenda</source>
        <translation>no está en la agenda de esta capacitación</translation>
    </message>
    <message>
        <source>%1 min (%2 in the curriculum)</source>
        <translation>%1 min (%2 en el currículo)</translation>
    </message>
    <message>
        <source>FACILITATOR GUIDE</source>
        <translation>GUÍA DE FACILITACIÓN</translation>
    </message>
    <message>
        <source>From the curriculum “%1”.</source>
        <translation>Del currículo “%1”.</translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>%1 participantes</translation>
    </message>
    <message>
        <source>%1 to %2 participants</source>
        <translation>de %1 a %2 participantes</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIEMPO</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>PLACE</source>
        <translation>LUGAR</translation>
    </message>
    <message>
        <source>GROUP SIZE</source>
        <translation>TAMAÑO DEL GRUPO</translation>
    </message>
    <message>
        <source>AUDIENCE</source>
        <translation>PÚBLICO</translation>
    </message>
    <message>
        <source>%1 in one session</source>
        <translation>%1 en una sesión</translation>
    </message>
    <message>
        <source>%1 in %2 sessions (%3 min), plus the breaks between them</source>
        <translation>%1 en %2 sesiones (%3 min), más los descansos entre ellas</translation>
    </message>
    <message>
        <source>MIN</source>
        <translation>MIN</translation>
    </message>
    <message>
        <source>MODULE</source>
        <translation>MÓDULO</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>MÉTODO</translation>
    </message>
    <message>
        <source>Session %1: %2</source>
        <translation>Sesión %1: %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Total, with the break</source>
        <translation>Total, con el descanso</translation>
    </message>
    <message>
        <source>Total, with the breaks</source>
        <translation>Total, con los descansos</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiales</translation>
    </message>
    <message>
        <source>Room setup</source>
        <translation>Preparación de la sala</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>License: %1</source>
        <translation>Licencia: %1</translation>
    </message>
    <message>
        <source>SESSION %1 OF %2</source>
        <translation>SESIÓN %1 DE %2</translation>
    </message>
    <message>
        <source>SESSION</source>
        <translation>SESIÓN</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>GROUPS</source>
        <translation>GRUPOS</translation>
    </message>
    <message>
        <source>MATERIALS</source>
        <translation>MATERIALES</translation>
    </message>
    <message>
        <source>HANDOUTS</source>
        <translation>HOJAS DE TRABAJO</translation>
    </message>
    <message>
        <source>Debrief questions</source>
        <translation>Preguntas para la puesta en común</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Puntos clave</translation>
    </message>
    <message>
        <source>COMMITMENT PROMPT</source>
        <translation>INVITACIÓN AL COMPROMISO</translation>
    </message>
    <message>
        <source>The options print on the commitment cards.</source>
        <translation>Las opciones se imprimen en las tarjetas de compromiso.</translation>
    </message>
    <message>
        <source>EVALUATION</source>
        <translation>EVALUACIÓN</translation>
    </message>
    <message>
        <source>Plus:</source>
        <extracomment>What went well, in a plus/delta evaluation.</extracomment>
        <translation>Qué funcionó:</translation>
    </message>
    <message>
        <source>Delta:</source>
        <extracomment>What to change next time, in a plus/delta evaluation.</extracomment>
        <translation>Qué cambiar:</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>para el %1</translation>
    </message>
    <message>
        <source>due the same day</source>
        <translation>plazo: el mismo día</translation>
    </message>
    <message>
        <source>due the next day</source>
        <translation>plazo: el día siguiente</translation>
    </message>
    <message>
        <source>due %1 days after the training</source>
        <translation>plazo: %1 días después de la capacitación</translation>
    </message>
    <message>
        <source>FACILITATOR NOTES</source>
        <translation>NOTAS PARA QUIEN FACILITA</translation>
    </message>
    <message>
        <source>“%1” is not a training made from a curriculum, so it has no guide or handouts of its own.</source>
        <translation>“%1” no es una capacitación hecha a partir de un currículo, así que no tiene guía ni hojas de trabajo propias.</translation>
    </message>
    <message>
        <source>“%1” was made from the curriculum %2, not from %3 or an edition of it in another language: print it from %2.</source>
        <translation>“%1” se hizo a partir del currículo %2, no de %3 ni de una edición suya en otro idioma: imprime a partir de %2.</translation>
    </message>
</context>
<context>
    <name>Guided path</name>
    <message>
        <source>Plan</source>
        <translation>Planear</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Preparar</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Realizar</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Dar seguimiento</translation>
    </message>
    <message>
        <source>No agenda items yet.</source>
        <translation>Todavía no hay puntos en la agenda.</translation>
    </message>
    <message>
        <source>%1 over the planned %2.</source>
        <translation>%1 más de lo previsto (%2).</translation>
    </message>
    <message>
        <source>%1 of %2.</source>
        <translation>%1 de %2.</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Falta: %1.</translation>
    </message>
    <message>
        <source>1 without an organizer.</source>
        <translation>1 compromiso sin quien organice.</translation>
    </message>
    <message>
        <source>%1 without an organizer.</source>
        <translation>%1 compromisos sin quien organice.</translation>
    </message>
    <message>
        <source>1 still open, %1 overdue.</source>
        <translation>1 sigue pendiente; atrasados: %1.</translation>
    </message>
    <message>
        <source>%1 still open, %2 overdue.</source>
        <translation>%1 siguen pendientes; atrasados: %2.</translation>
    </message>
    <message>
        <source>1 still open.</source>
        <translation>1 sigue pendiente.</translation>
    </message>
    <message>
        <source>%1 still open.</source>
        <translation>%1 siguen pendientes.</translation>
    </message>
    <message>
        <source>%1 of %2 reached.</source>
        <translation>Contactadas: %1 de %2.</translation>
    </message>
    <message>
        <source>Agenda fits the time</source>
        <translation>La agenda cabe en el tiempo</translation>
    </message>
    <message>
        <source>Roles assigned</source>
        <translation>Roles asignados</translation>
    </message>
    <message>
        <source>Checked by the app: someone holds the facilitator role and someone the note taker role. The other roles help but are not required.</source>
        <translation>Lo marca la aplicación: alguien tiene el rol de facilitar y alguien el de tomar notas. Los demás roles ayudan, pero no son obligatorios.</translation>
    </message>
    <message>
        <source>Agenda printed</source>
        <translation>Agenda impresa</translation>
    </message>
    <message>
        <source>Checked when the agenda is printed from meetingkit; tick it yourself if you printed or copied it another way.</source>
        <translation>Se marca al imprimir la agenda desde meetingkit; márcalo tú si la imprimiste o la copiaste de otra forma.</translation>
    </message>
    <message>
        <source>Guide printed</source>
        <translation>Guía impresa</translation>
    </message>
    <message>
        <source>For a training made from a curriculum. Checked when its guide is printed for it, from this step; tick it yourself if you printed it from the Curricula page or another way.</source>
        <translation>Para una capacitación hecha a partir de un currículo. Se marca al imprimir su guía para ella, desde este paso; márcalo tú si la imprimiste desde la página Currículos o de otra forma.</translation>
    </message>
    <message>
        <source>For a training made from a curriculum. Checked when its handouts are printed for it, from this step; tick it yourself if you printed them from the Curricula page or another way.</source>
        <translation>Para una capacitación hecha a partir de un currículo. Se marca al imprimir sus hojas de trabajo para ella, desde este paso; márcalo tú si las imprimiste desde la página Currículos o de otra forma.</translation>
    </message>
    <message>
        <source>Handouts printed</source>
        <translation>Hojas de trabajo impresas</translation>
    </message>
    <message>
        <source>“%1”: %2.</source>
        <translation>“%1”: %2.</translation>
    </message>
    <message>
        <source>Checked by the app: the agenda has items, their planned minutes add up to no more than the meeting&apos;s planned length, and each training module&apos;s timed steps fit in its own planned minutes.</source>
        <translation>Lo marca la aplicación: la agenda tiene puntos, sus minutos previstos no suman más que la duración prevista de la reunión y los pasos cronometrados de cada módulo de capacitación caben en sus propios minutos previstos.</translation>
    </message>
    <message>
        <source>Cards printed</source>
        <translation>Tarjetas impresas</translation>
    </message>
    <message>
        <source>When the meeting offers commitments. Checked when its cards are printed from meetingkit; tick it yourself otherwise.</source>
        <translation>Cuando la reunión ofrece compromisos. Se marca al imprimir sus tarjetas desde meetingkit; si no, márcalo tú.</translation>
    </message>
    <message>
        <source>Poster printed</source>
        <translation>Cartel impreso</translation>
    </message>
    <message>
        <source>Checked when the sign-in poster is printed from meetingkit; tick it yourself if you show the code another way.</source>
        <translation>Se marca al imprimir el cartel de registro desde meetingkit; márcalo tú si muestras el código de otra forma.</translation>
    </message>
    <message>
        <source>Sign-in tested on a phone</source>
        <translation>Registro probado en un teléfono</translation>
    </message>
    <message>
        <source>Checked by the app when a phone has opened this meeting&apos;s sign-in form at least once: the network lets phones reach this laptop.</source>
        <translation>Lo marca la aplicación cuando un teléfono abrió al menos una vez el formulario de registro de esta reunión: la red deja que los teléfonos lleguen a esta computadora.</translation>
    </message>
    <message>
        <source>Sign-in opened</source>
        <translation>Registro abierto</translation>
    </message>
    <message>
        <source>Checked by the app once sign-in was opened for this meeting or anyone signed in.</source>
        <translation>Lo marca la aplicación en cuanto se abrió el registro de esta reunión o alguien se registró.</translation>
    </message>
    <message>
        <source>Agenda run</source>
        <translation>Agenda realizada</translation>
    </message>
    <message>
        <source>Checked by the app when the agenda was started and then ended, or every item done.</source>
        <translation>Lo marca la aplicación cuando la agenda se inició y luego se terminó, o se completaron todos los puntos.</translation>
    </message>
    <message>
        <source>Decisions recorded</source>
        <translation>Decisiones registradas</translation>
    </message>
    <message>
        <source>When the agenda has a proposal / decision item. Checked by the app once a decision is recorded on it.</source>
        <translation>Cuando la agenda tiene un punto de propuesta / decisión. Lo marca la aplicación en cuanto se registra una decisión sobre él.</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Informe hecho</translation>
    </message>
    <message>
        <source>Checked when the report or the minutes are printed from meetingkit; tick it yourself if you wrote them another way.</source>
        <translation>Se marca al imprimir el informe o el acta desde meetingkit; márcalo tú si los hiciste de otra forma.</translation>
    </message>
    <message>
        <source>Organizers assigned</source>
        <translation>Seguimiento asignado</translation>
    </message>
    <message>
        <source>When people made commitments. Checked by the app when each one still to follow up has an organizer assigned.</source>
        <translation>Cuando hubo compromisos. Lo marca la aplicación cuando cada uno que aún necesita seguimiento tiene asignada a una persona que organiza.</translation>
    </message>
    <message>
        <source>Everyone followed up</source>
        <translation>Seguimiento a todas las personas</translation>
    </message>
    <message>
        <source>When people made commitments. Checked by the app when no follow-up is still open: each person was reached, or their commitment is done or declined. Aim for 48 hours after the meeting, the usual follow-up date.</source>
        <translation>Cuando hubo compromisos. Lo marca la aplicación cuando ya no queda ningún seguimiento pendiente: se contactó a cada persona, o su compromiso está hecho o rechazado. Procura hacerlo en las 48 horas siguientes a la reunión, la fecha habitual de seguimiento.</translation>
    </message>
    <message>
        <source>First-timers welcomed</source>
        <translation>Bienvenida a las personas nuevas</translation>
    </message>
    <message>
        <source>When people came for the first time. Checked when each of them has a commitment from this meeting that was followed up; tick it yourself if you welcomed them another way.</source>
        <translation>Cuando vinieron personas por primera vez. Se marca cuando cada una tiene un compromiso de esta reunión con seguimiento hecho; márcalo tú si les diste la bienvenida de otra forma.</translation>
    </message>
    <message>
        <source>Left open</source>
        <translation>Quedó abierta</translation>
    </message>
    <message>
        <source>All done</source>
        <translation>Todo listo</translation>
    </message>
    <message>
        <source>There is no step “%1” on the guided path.</source>
        <translation>La ruta guiada no tiene ningún paso “%1”.</translation>
    </message>
    <message>
        <source>“%1” is checked by meetingkit itself. %2</source>
        <translation>“%1” lo marca meetingkit por sí mismo. %2</translation>
    </message>
</context>
<context>
    <name>GuidedPathPanel</name>
    <message>
        <source>Where the meeting stands</source>
        <translation>Cómo va la reunión</translation>
    </message>
    <message>
        <source>Grey boxes the app ticks by itself when it sees the step done; tick the others yourself when you have done them another way.</source>
        <translation>Las casillas grises las marca la aplicación sola cuando ve que el paso está hecho; marca tú las demás cuando las hayas hecho de otra forma.</translation>
    </message>
    <message>
        <source>Go there</source>
        <translation>Ir allí</translation>
    </message>
    <message>
        <source>Open the agenda</source>
        <translation>Abrir la agenda</translation>
    </message>
    <message>
        <source>Assign roles</source>
        <translation>Asignar roles</translation>
    </message>
    <message>
        <source>Print the agenda</source>
        <translation>Imprimir la agenda</translation>
    </message>
    <message>
        <source>Print the guide</source>
        <translation>Imprimir la guía</translation>
    </message>
    <message>
        <source>Print the handouts</source>
        <translation>Imprimir las hojas de trabajo</translation>
    </message>
    <message>
        <source>Print the cards</source>
        <translation>Imprimir las tarjetas</translation>
    </message>
    <message>
        <source>Print the poster</source>
        <translation>Imprimir el cartel</translation>
    </message>
    <message>
        <source>Open sign-in</source>
        <translation>Abrir el registro</translation>
    </message>
    <message>
        <source>Record a decision</source>
        <translation>Anotar una decisión</translation>
    </message>
    <message>
        <source>Make the report</source>
        <translation>Hacer el informe</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Abrir el seguimiento</translation>
    </message>
    <message>
        <source>See who is new</source>
        <translation>Ver las personas nuevas</translation>
    </message>
    <message>
        <source>No meeting selected.</source>
        <translation>No hay ninguna reunión seleccionada.</translation>
    </message>
    <message>
        <source>Every step is done.</source>
        <translation>Todos los pasos están hechos.</translation>
    </message>
    <message numerus="yes">
        <source>Now: %1 — %2 of %n steps done</source>
        <translation>
            <numerusform>Ahora: %1 — %2 de %n paso hecho</numerusform>
            <numerusform>Ahora: %1 — %2 de %n pasos hechos</numerusform>
        </translation>
    </message>
    <message>
        <source>tick the step</source>
        <translation>marcar el paso</translation>
    </message>
</context>
<context>
    <name>Handouts PDF</name>
    <message>
        <source>The handout %1 cannot be found: this curriculum was not read from a folder.</source>
        <translation>No se encuentra la hoja de trabajo %1: este currículo no se leyó de una carpeta.</translation>
    </message>
    <message>
        <source>The handout %1 is not UTF-8 text. Save it as UTF-8, check the curriculum with “meetingkit curricula check”, and try again.</source>
        <translation>La hoja de trabajo %1 no es texto UTF-8. Guárdala como UTF-8, revisa el currículo con “meetingkit curricula check” e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The handout %1 cannot be read (%2). Check the curriculum with “meetingkit curricula check” and try again.</source>
        <translation>No se puede leer la hoja de trabajo %1 (%2). Revisa el currículo con “meetingkit curricula check” e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>“%1” has no handouts to print: its %2/ folder is empty or missing.</source>
        <translation>“%1” no tiene hojas de trabajo que imprimir: su carpeta %2/ está vacía o no existe.</translation>
    </message>
    <message>
        <source>Handouts — %1</source>
        <translation>Hojas de trabajo — %1</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>at the laptop</source>
        <translation>en el quiosco</translation>
    </message>
    <message>
        <source>marked by hand</source>
        <translation>a mano</translation>
    </message>
    <message>
        <source>joined the stack</source>
        <translation>pidió la palabra</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Mensajes de texto</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Name shown to others</source>
        <translation>Nombre visible para otras personas</translation>
    </message>
    <message>
        <source>Came to %1 meeting, last %2</source>
        <translation>Vino a %1 reunión, la última el %2</translation>
    </message>
    <message>
        <source>Came to %1 meetings, last %2</source>
        <translation>Vino a %1 reuniones, la última el %2</translation>
    </message>
    <message>
        <source>%1 commitment</source>
        <translation>%1 compromiso</translation>
    </message>
    <message>
        <source>%1 commitments</source>
        <translation>%1 compromisos</translation>
    </message>
    <message>
        <source>%1 open follow-up</source>
        <translation>%1 seguimiento pendiente</translation>
    </message>
    <message>
        <source>%1 open follow-ups</source>
        <translation>%1 seguimientos pendientes</translation>
    </message>
    <message>
        <source>spoke %2 in %1 meeting</source>
        <translation>habló %2 en %1 reunión</translation>
    </message>
    <message>
        <source>spoke %2 in %1 meetings</source>
        <translation>habló %2 en %1 reuniones</translation>
    </message>
    <message>
        <source>%1 meeting they may have been at was purged: who came is no longer kept, so it is not counted here.</source>
        <translation>%1 reunión a la que pudo haber venido fue depurada: ya no se guarda quién vino, así que no se cuenta aquí.</translation>
    </message>
    <message>
        <source>%1 meetings they may have been at were purged: who came is no longer kept, so they are not counted here.</source>
        <translation>%1 reuniones a las que pudo haber venido fueron depuradas: ya no se guarda quién vino, así que no se cuentan aquí.</translation>
    </message>
    <message>
        <source>%2 (%1 turn)</source>
        <translation>%2 (%1 turno)</translation>
    </message>
    <message>
        <source>%2 (%1 turns)</source>
        <translation>%2 (%1 turnos)</translation>
    </message>
    <message>
        <source>%1 agenda item</source>
        <translation>%1 punto de la agenda</translation>
    </message>
    <message>
        <source>%1 agenda items</source>
        <translation>%1 puntos de la agenda</translation>
    </message>
    <message>
        <source>Came to no meeting on record</source>
        <translation>No vino a ninguna reunión registrada</translation>
    </message>
    <message>
        <source>no commitments</source>
        <translation>ningún compromiso</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>ninguno pendiente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>First time</source>
        <translation>Primera vez</translation>
    </message>
    <message>
        <source>Spoke</source>
        <translation>Habló</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>first time</source>
        <translation>primera vez</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Quien organiza</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>%1, call by %2</source>
        <translation>%1, llamar a más tardar el %2</translation>
    </message>
    <message>
        <source>%1 (not a member)</source>
        <translation>%1 (no es miembro)</translation>
    </message>
    <message>
        <source>%1 (rung %2 of %3)</source>
        <translation>%1 (peldaño %2 de %3)</translation>
    </message>
    <message>
        <source>on no rung yet</source>
        <translation>aún en ningún peldaño</translation>
    </message>
    <message>
        <source>came %1 · committed %2 · kept %3 · led %4</source>
        <translation>vino %1 · se comprometió %2 · cumplió %3 · dirigió %4</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Their latest commitment card: you may contact them.</source>
        <translation>Su última tarjeta de compromiso: se le puede contactar.</translation>
    </message>
    <message>
        <source>Their latest commitment card: do not contact them.</source>
        <translation>Su última tarjeta de compromiso: no contactar.</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>Groups and ladder</source>
        <translation>Grupos y escalera</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
</context>
<context>
    <name>HotspotDialog</name>
    <message>
        <source>Hotspot code</source>
        <translation>Código del punto de acceso</translation>
    </message>
    <message>
        <source>The hotspot&apos;s network name</source>
        <translation>El nombre de la red del punto de acceso</translation>
    </message>
    <message>
        <source>8 to 63 characters</source>
        <translation>De 8 a 63 caracteres</translation>
    </message>
    <message>
        <source>Wi-Fi QR code</source>
        <translation>Código QR del Wi-Fi</translation>
    </message>
    <message>
        <source>Start a hotspot on this laptop (your system&apos;s network settings), type its name and password here, and show this code: phones that scan it join the hotspot. Then they can open the sign-in code.</source>
        <translation>Activa un punto de acceso en esta computadora (en la configuración de red de tu sistema), escribe aquí su nombre y su contraseña, y muestra este código: los teléfonos que lo escaneen se conectan al punto de acceso. Después pueden abrir el código de registro.</translation>
    </message>
    <message>
        <source>Network &amp;name:</source>
        <translation>&amp;Nombre de la red:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
</context>
<context>
    <name>ImportPath</name>
    <message>
        <source>Import a curriculum: choose its curriculum.md</source>
        <translation>Importar un currículo: elige su curriculum.md</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Sign in</source>
        <translation>Registrarme</translation>
    </message>
    <message>
        <source>Sign in here</source>
        <translation>Regístrate aquí</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Been here before, or on our list? Your first name and phone number are enough.</source>
        <translation>¿Ya viniste antes, o estás en nuestra lista? Basta con tu nombre y tu número de teléfono.</translation>
    </message>
    <message>
        <source>Your answers stay on this laptop. Tick a box only if you agree.</source>
        <translation>Tus respuestas se quedan en esta computadora. Marca una casilla solo si estás de acuerdo.</translation>
    </message>
    <message>
        <source>Welcome, %1! You are signed in.</source>
        <translation>¡Te damos la bienvenida, %1! Tu registro quedó listo.</translation>
    </message>
</context>
<context>
    <name>Ladder</name>
    <message>
        <source>Meetings attended</source>
        <translation>Asistencia a reuniones</translation>
    </message>
    <message>
        <source>Commitments made</source>
        <translation>Compromisos hechos</translation>
    </message>
    <message>
        <source>Commitments kept</source>
        <translation>Compromisos cumplidos</translation>
    </message>
    <message>
        <source>Meetings led</source>
        <translation>Reuniones dirigidas</translation>
    </message>
    <message>
        <source>came to at least 1 meeting</source>
        <translation>vino al menos a 1 reunión</translation>
    </message>
    <message>
        <source>came to at least %1 meetings</source>
        <translation>vino al menos a %1 reuniones</translation>
    </message>
    <message>
        <source>made at least 1 commitment</source>
        <translation>hizo al menos 1 compromiso</translation>
    </message>
    <message>
        <source>made at least %1 commitments</source>
        <translation>hizo al menos %1 compromisos</translation>
    </message>
    <message>
        <source>kept at least 1 commitment</source>
        <translation>cumplió al menos 1 compromiso</translation>
    </message>
    <message>
        <source>kept at least %1 commitments</source>
        <translation>cumplió al menos %1 compromisos</translation>
    </message>
    <message>
        <source>led at least 1 meeting</source>
        <translation>dirigió al menos 1 reunión</translation>
    </message>
    <message>
        <source>led at least %1 meetings</source>
        <translation>dirigió al menos %1 reuniones</translation>
    </message>
    <message>
        <source>Came at least once</source>
        <translation>Vino al menos una vez</translation>
    </message>
    <message>
        <source>Came at least 3 times</source>
        <translation>Vino al menos 3 veces</translation>
    </message>
    <message>
        <source>Made a commitment</source>
        <translation>Hizo un compromiso</translation>
    </message>
    <message>
        <source>Kept a commitment</source>
        <translation>Cumplió un compromiso</translation>
    </message>
    <message>
        <source>Leads a role or a meeting</source>
        <translation>Asume un rol o dirige una reunión</translation>
    </message>
    <message>
        <source>A ladder needs at least one rung.</source>
        <translation>Una escalera necesita al menos un peldaño.</translation>
    </message>
    <message>
        <source>Keep the ladder to %1 rungs or fewer.</source>
        <translation>La escalera puede tener como máximo %1 peldaños.</translation>
    </message>
    <message>
        <source>Rung %1 needs a name.</source>
        <translation>El peldaño %1 necesita un nombre.</translation>
    </message>
    <message>
        <source>Keep rung names under %1 characters (“%2” is longer).</source>
        <translation>Los nombres de los peldaños deben tener menos de %1 caracteres (“%2” es más largo).</translation>
    </message>
    <message>
        <source>Two rungs are called “%1”: name each differently.</source>
        <translation>Dos peldaños se llaman “%1”: ponle a cada uno un nombre distinto.</translation>
    </message>
    <message>
        <source>“%1” must ask for between 1 and %2 (got %3).</source>
        <translation>“%1” debe pedir entre 1 y %2 (se indicó %3).</translation>
    </message>
    <message>
        <source>Nobody could ever stand on “%1”: “%2” above it asks for no more (%3). Give the higher rung a bigger number, or remove one.</source>
        <translation>Nadie podría estar nunca en “%1”: “%2”, que está encima, no pide más (%3). Ponle un número mayor al peldaño de arriba o quita uno.</translation>
    </message>
    <message>
        <source>This group&apos;s ladder is damaged; set its rungs again (Edit rungs…).</source>
        <translation>La escalera de este grupo está dañada; vuelve a definir sus peldaños (Editar peldaños…).</translation>
    </message>
</context>
<context>
    <name>LadderModel</name>
    <message>
        <source>Rung (top first)</source>
        <translation>Peldaño (de arriba abajo)</translation>
    </message>
    <message>
        <source>Reached when they…</source>
        <translation>Se alcanza cuando…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
</context>
<context>
    <name>LadderTab</name>
    <message>
        <source>Engagement ladder</source>
        <translation>Escalera de participación</translation>
    </message>
    <message>
        <source>Edit r&amp;ungs…</source>
        <translation>Editar pe&amp;ldaños…</translation>
    </message>
    <message>
        <source>Each member stands on the highest rung they reached. Members who have not come yet: %1.</source>
        <translation>Cada miembro está en el peldaño más alto que alcanzó. Miembros que aún no han venido: %1.</translation>
    </message>
</context>
<context>
    <name>LapseDialog</name>
    <message>
        <source>Mark follow-ups lapsed</source>
        <translation>Marcar seguimientos como caducados</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected</source>
        <translation>
            <numerusform>El %n seleccionado</numerusform>
            <numerusform>Los %n seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Every one listed that fell due before</source>
        <translation>Todos los de la lista que vencieron antes del</translation>
    </message>
    <message>
        <source>Fell due before</source>
        <translation>Vencieron antes del</translation>
    </message>
    <message>
        <source>Lapsed: nobody will call about them any more. They leave this list, the Start page and the call list; reports count them as lapsed. To open one again, tick Show done, declined and lapsed, and change its status.</source>
        <translation>Caducados: nadie va a llamar ya por ellos. Salen de esta lista, de la página Inicio y de la lista de llamadas; los informes los cuentan como caducados. Para volver a abrir uno, marca Mostrar hechos, rechazados y caducados, y cambia su estado.</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n lapsed</source>
        <translation>
            <numerusform>Marcar %n como caducado</numerusform>
            <numerusform>Marcar %n como caducados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>meetingkit is locked</source>
        <translation>meetingkit está bloqueado</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>&amp;Bloquear pantalla</translation>
    </message>
    <message>
        <source>Hide everything at once; unlock with the passphrase</source>
        <translation>Ocultar todo de inmediato; se desbloquea con la frase de contraseña</translation>
    </message>
    <message>
        <source>Type the passphrase to unlock. The meeting goes on meanwhile.</source>
        <translation>Escribe la frase de contraseña para desbloquear. Mientras tanto, la reunión sigue.</translation>
    </message>
    <message>
        <source>This hides the screen, but anyone at this laptop can unlock it: the data is not encrypted. Turn encryption on (Privacy page) and the passphrase will be needed to unlock.</source>
        <translation>Esto oculta la pantalla, pero cualquiera en esta computadora puede desbloquearla: los datos no están cifrados. Activa el cifrado (página Privacidad y datos) y hará falta la frase de contraseña para desbloquear.</translation>
    </message>
    <message>
        <source>That passphrase does not unlock meetingkit.</source>
        <translation>Esa frase de contraseña no desbloquea meetingkit.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>meetingkit — demo</source>
        <translation>meetingkit — demostración</translation>
    </message>
    <message>
        <source>Demo data in %1 — deleted when you quit</source>
        <translation>Datos de demostración en %1 — se borran al salir</translation>
    </message>
    <message>
        <source>Data stored on this computer in %1</source>
        <translation>Datos guardados en esta computadora, en %1</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Data folder, language, theme, and the defaults for new meetings</source>
        <translation>Carpeta de datos, idioma, tema y los valores predeterminados de las reuniones nuevas</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nueva reunión…</translation>
    </message>
    <message>
        <source>Plan a new meeting, training or assembly</source>
        <translation>Planear una nueva reunión, capacitación o asamblea</translation>
    </message>
    <message>
        <source>&amp;Edit meeting…</source>
        <translation>&amp;Editar reunión…</translation>
    </message>
    <message>
        <source>D&amp;uplicate meeting…</source>
        <translation>D&amp;uplicar reunión…</translation>
    </message>
    <message>
        <source>Start a new meeting from this one: same plan and roles, another date</source>
        <translation>Empezar una nueva reunión a partir de esta: mismo plan y roles, otra fecha</translation>
    </message>
    <message>
        <source>&amp;Delete meeting…</source>
        <translation>Eli&amp;minar reunión…</translation>
    </message>
    <message>
        <source>Print &amp;agenda…</source>
        <translation>Imprimir &amp;agenda…</translation>
    </message>
    <message>
        <source>Save the agenda as a PDF and open it for printing</source>
        <translation>Guardar la agenda como PDF y abrirla para imprimir</translation>
    </message>
    <message>
        <source>Print &amp;minutes…</source>
        <translation>Imprimir ac&amp;ta…</translation>
    </message>
    <message>
        <source>Minutes with decisions and planned vs actual times</source>
        <translation>El acta, con las decisiones y los tiempos previstos frente a los reales</translation>
    </message>
    <message>
        <source>An Action Network upload or an attendance CSV: opted-in people only</source>
        <translation>Un archivo para Action Network o un CSV de asistencia: solo quienes dieron su consentimiento</translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>&amp;Importar lista de miembros…</translation>
    </message>
    <message>
        <source>Add people from a CSV: an Action Network export or a member list</source>
        <translation>Agregar personas desde un CSV: una exportación de Action Network o una lista de miembros</translation>
    </message>
    <message>
        <source>Print &amp;report…</source>
        <translation>Imprimir in&amp;forme…</translation>
    </message>
    <message>
        <source>Attendance, planned vs actual, decisions, airtime equity, commitments</source>
        <translation>Asistencia, previsto frente a real, decisiones, equidad del tiempo de palabra, compromisos</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>Nueva &amp;persona…</translation>
    </message>
    <message>
        <source>Edit p&amp;erson…</source>
        <translation>&amp;Editar persona…</translation>
    </message>
    <message>
        <source>&amp;Forget person…</source>
        <translation>&amp;Olvidar persona…</translation>
    </message>
    <message>
        <source>Delete everything meetingkit holds about this person</source>
        <translation>Borrar todo lo que meetingkit guarda sobre esta persona</translation>
    </message>
    <message>
        <source>People from sign-ins and roster imports who may be someone already here</source>
        <translation>Personas de registros y de listas importadas que podrían ser alguien que ya está en el directorio</translation>
    </message>
    <message>
        <source>&amp;Find people</source>
        <translation>&amp;Buscar personas</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>What to do now: the next meeting, overdue follow-ups, new people</source>
        <translation>Qué hacer ahora: la próxima reunión, los seguimientos atrasados, las personas nuevas</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Reuniones</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <source>Follow-&amp;ups</source>
        <translation>&amp;Seguimiento</translation>
    </message>
    <message>
        <source>Commitments to follow up across meetings, overdue first</source>
        <translation>Compromisos a los que dar seguimiento, de todas las reuniones; primero los atrasados</translation>
    </message>
    <message>
        <source>&amp;Curricula</source>
        <translation>&amp;Currículos</translation>
    </message>
    <message>
        <source>Trainings to run and print: the bundled library and your own</source>
        <translation>Capacitaciones para realizar e imprimir: la biblioteca incluida y las tuyas</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Grupos</translation>
    </message>
    <message>
        <source>Working groups and committees: who comes, who drifted, the ladder</source>
        <translation>Grupos de trabajo y comités: quién viene, quién se alejó, la escalera</translation>
    </message>
    <message>
        <source>Ne&amp;xt meeting from this one…</source>
        <translation>Si&amp;guiente reunión a partir de esta…</translation>
    </message>
    <message>
        <source>Carry over unfinished items, the parking lot and open commitments; pass the roles round</source>
        <translation>Pasar los puntos sin terminar, los temas pendientes y los compromisos pendientes; rotar los roles</translation>
    </message>
    <message>
        <source>Which working group or committee this meeting belongs to</source>
        <translation>A qué grupo de trabajo o comité pertenece esta reunión</translation>
    </message>
    <message>
        <source>Plan, prepare, run, follow up: what is done and what is left</source>
        <translation>Planear, preparar, realizar, dar seguimiento: qué está hecho y qué falta</translation>
    </message>
    <message>
        <source>P&amp;rivacy and data</source>
        <translation>Privacidad y &amp;datos</translation>
    </message>
    <message>
        <source>What is stored and where; retention, purge, backup, encryption</source>
        <translation>Qué se guarda y dónde; conservación, depuración, copia de seguridad, cifrado</translation>
    </message>
    <message>
        <source>The &amp;floor</source>
        <translation>La pa&amp;labra</translation>
    </message>
    <message>
        <source>The speaking stack and airtime of this meeting</source>
        <translation>La lista de palabra y el tiempo de palabra de esta reunión</translation>
    </message>
    <message>
        <source>Meeting &amp;list</source>
        <translation>Lista de reunio&amp;nes</translation>
    </message>
    <message>
        <source>Hide the list of meetings to give a small screen to the meeting</source>
        <translation>Oculta la lista de reuniones para dejarle más espacio a la reunión en una pantalla pequeña</translation>
    </message>
    <message>
        <source>&amp;Open or close sign-in</source>
        <translation>&amp;Abrir o cerrar el registro</translation>
    </message>
    <message>
        <source>Serve the sign-in form to phones on this network</source>
        <translation>Ofrecer el formulario de registro a los teléfonos de esta red</translation>
    </message>
    <message>
        <source>New sign-in &amp;link</source>
        <translation>Nuevo en&amp;lace de registro</translation>
    </message>
    <message>
        <source>&amp;Kiosk: sign in at this laptop</source>
        <translation>&amp;Quiosco: registrarse en esta computadora</translation>
    </message>
    <message>
        <source>For people without a phone; shows nobody</source>
        <translation>Para quien no tiene teléfono; no muestra a nadie</translation>
    </message>
    <message>
        <source>Review possible &amp;duplicates…</source>
        <translation>Revisar posibles &amp;duplicados…</translation>
    </message>
    <message>
        <source>&amp;Hotspot code…</source>
        <translation>Código del &amp;punto de acceso…</translation>
    </message>
    <message>
        <source>Print sign-in &amp;poster…</source>
        <translation>Imprimir &amp;cartel de registro…</translation>
    </message>
    <message>
        <source>Print paper sign-in &amp;sheet…</source>
        <translation>Imprimir &amp;hoja de registro en papel…</translation>
    </message>
    <message>
        <source>Show sign-in code on the projector</source>
        <translation>Mostrar el código de registro en el proyector</translation>
    </message>
    <message>
        <source>Open follow-ups with phone numbers and room to write, overdue first</source>
        <translation>Seguimientos pendientes con números de teléfono y espacio para escribir; primero los atrasados</translation>
    </message>
    <message>
        <source>Print figures for a &amp;period…</source>
        <translation>Imprimir cifras de un &amp;período…</translation>
    </message>
    <message>
        <source>Counts for a report to the union or a funder: meetings, people reached, first-timers, professions, commitments</source>
        <translation>Cifras para un informe al sindicato o a quien financia: reuniones, personas alcanzadas, personas nuevas, profesiones, compromisos</translation>
    </message>
    <message>
        <source>An iCalendar (.ics) file with an appointment for each follow-up</source>
        <translation>Un archivo iCalendar (.ics) con una cita por cada seguimiento</translation>
    </message>
    <message>
        <source>Print commitment &amp;cards…</source>
        <translation>Imprimir tarjetas de &amp;compromiso…</translation>
    </message>
    <message>
        <source>Print name &amp;badges…</source>
        <translation>Imprimir &amp;gafetes…</translation>
    </message>
    <message>
        <source>Print name &amp;tents…</source>
        <translation>Imprimir &amp;letreros con nombre…</translation>
    </message>
    <message>
        <source>&amp;Record a returned card…</source>
        <translation>&amp;Registrar una tarjeta devuelta…</translation>
    </message>
    <message>
        <source>Print role cards &amp;for this meeting…</source>
        <translation>Imprimir tar&amp;jetas de rol de esta reunión…</translation>
    </message>
    <message>
        <source>A card for each role: its duty, what to do, the timekeeper&apos;s times</source>
        <translation>Una tarjeta por rol: su tarea, qué hacer, las horas de quien controla el tiempo</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About meetingkit</source>
        <translation>A&amp;cerca de meetingkit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Reunión</translation>
    </message>
    <message>
        <source>F&amp;loor</source>
        <translation>&amp;Palabra</translation>
    </message>
    <message>
        <source>&amp;Commitments</source>
        <translation>&amp;Compromisos</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Undid: %1</source>
        <translation>Se deshizo: %1</translation>
    </message>
    <message>
        <source>Not undone: %1. %2</source>
        <translation>No se deshizo: %1. %2</translation>
    </message>
    <message>
        <source>Redid: %1</source>
        <translation>Se rehízo: %1</translation>
    </message>
    <message>
        <source>Not redone: %1. %2</source>
        <translation>No se rehízo: %1. %2</translation>
    </message>
    <message>
        <source>sign-in poster</source>
        <translation>el cartel de registro</translation>
    </message>
    <message>
        <source>Its code leads to %1: this laptop&apos;s address on the network it is on now.</source>
        <translation>Su código lleva a %1: la dirección de esta computadora en la red a la que está conectada ahora.</translation>
    </message>
    <message>
        <source>sign-in sheet</source>
        <translation>la hoja de registro</translation>
    </message>
    <message>
        <source>set the meeting&apos;s group</source>
        <translation>asignar el grupo de la reunión</translation>
    </message>
    <message>
        <source>create the next meeting</source>
        <translation>crear la siguiente reunión</translation>
    </message>
    <message>
        <source>This meeting was not made from a curriculum in the library.</source>
        <translation>Esta reunión no se creó a partir de un currículo de la biblioteca.</translation>
    </message>
    <message>
        <source>The curriculum “%1” has problems: see View › Curricula.</source>
        <translation>El currículo “%1” tiene problemas: consulta Ver › Currículos.</translation>
    </message>
    <message>
        <source>New training</source>
        <translation>Nueva capacitación</translation>
    </message>
    <message>
        <source>Created “%1”: its agenda holds the curriculum&apos;s modules.</source>
        <translation>Se creó “%1”: su agenda contiene los módulos del currículo.</translation>
    </message>
    <message>
        <source>facilitator guide</source>
        <translation>la guía de facilitación</translation>
    </message>
    <message>
        <source>handouts</source>
        <translation>las hojas de trabajo</translation>
    </message>
    <message>
        <source>Save the %1 as PDF</source>
        <translation>Guardar %1 como PDF</translation>
    </message>
    <message>
        <source>make the %1</source>
        <translation>generar %1</translation>
    </message>
    <message>
        <source>Save the call list as PDF</source>
        <translation>Guardar la lista de llamadas como PDF</translation>
    </message>
    <message>
        <source>make the call list</source>
        <translation>generar la lista de llamadas</translation>
    </message>
    <message>
        <source>Calendar apps often copy their events to an online account (Google, iCloud, Outlook): outside this laptop, and outside meetingkit&apos;s protection. Each event holds the person&apos;s name, phone and email, what they took on and at which meeting.

The call list (File › Print call list…) stays on paper.</source>
        <translation>Las apps de calendario suelen copiar sus eventos a una cuenta en línea (Google, iCloud, Outlook): fuera de esta computadora y fuera de la protección de meetingkit. Cada evento lleva el nombre, el teléfono y el correo de la persona, lo que se comprometió a hacer y en qué reunión.

La lista de llamadas (Archivo › Imprimir lista de llamadas…) se queda en papel.</translation>
    </message>
    <message>
        <source>Export follow-ups to a calendar</source>
        <translation>Exportar seguimientos a un calendario</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Exportar de todos modos</translation>
    </message>
    <message>
        <source>Export follow-ups to a calendar file</source>
        <translation>Exportar seguimientos a un archivo de calendario</translation>
    </message>
    <message>
        <source>iCalendar files</source>
        <translation>Archivos iCalendar</translation>
    </message>
    <message>
        <source>export the follow-ups</source>
        <translation>exportar los seguimientos</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n follow-ups to %1. Import it into your calendar app.</source>
        <translation>
            <numerusform>Se guardó %n seguimiento en %1. Impórtalo en tu aplicación de calendario.</numerusform>
            <numerusform>Se guardaron %n seguimientos en %1. Impórtalo en tu aplicación de calendario.</numerusform>
        </translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Editar reunión</translation>
    </message>
    <message>
        <source>Duplicate meeting</source>
        <translation>Duplicar reunión</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Eliminar reunión</translation>
    </message>
    <message>
        <source>delete the meeting</source>
        <translation>eliminar la reunión</translation>
    </message>
    <message>
        <source>Sign-in was closed.</source>
        <translation>Se cerró el registro.</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>la agenda</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n people to %1. %2</source>
        <translation>
            <numerusform>Se exportó %n persona a %1. %2</numerusform>
            <numerusform>Se exportaron %n personas a %1. %2</numerusform>
        </translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>el acta</translation>
    </message>
    <message>
        <source>Saved %1. Open it in a PDF viewer to print it.</source>
        <translation>Se guardó %1. Ábrelo en un visor de PDF para imprimirlo.</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Editar persona</translation>
    </message>
    <message>
        <source>Forget %1? This deletes their contact details and notes, their groups and roles, their attendance, sign-ins, stack entries and turns, and their commitments and follow-ups. Their name, email and phone are wiped from minutes and notes and from the database file. It cannot be undone.</source>
        <translation>¿Olvidar a %1? Esto borra sus datos de contacto y sus notas, sus grupos y roles, su asistencia, registros, entradas en la lista de palabra y turnos, y sus compromisos y seguimientos. Su nombre, correo y teléfono se borran de las actas, de las notas y del archivo de la base de datos. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Forget this person</source>
        <translation>Olvidar a esta persona</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Olvidar</translation>
    </message>
    <message>
        <source>forget the person</source>
        <translation>olvidar a la persona</translation>
    </message>
    <message>
        <source>%1 was forgotten.</source>
        <translation>Se olvidó a %1: sus datos se borraron.</translation>
    </message>
    <message>
        <source>save the settings</source>
        <translation>guardar la configuración</translation>
    </message>
    <message>
        <source>Export a&amp;ttendees…</source>
        <translation>E&amp;xportar asistentes…</translation>
    </message>
    <message>
        <source>Meeting&apos;s gr&amp;oup…</source>
        <translation>Grup&amp;o de la reunión…</translation>
    </message>
    <message>
        <source>Guided pat&amp;h</source>
        <translation>Ruta &amp;guiada</translation>
    </message>
    <message>
        <source>Print call li&amp;st…</source>
        <translation>Imprimir &amp;lista de llamadas…</translation>
    </message>
    <message>
        <source>Export follow-ups to calen&amp;dar…</source>
        <translation>Exportar seguimientos al calendari&amp;o…</translation>
    </message>
    <message>
        <source>Sig&amp;n-in</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <source>Saved %1 — opening it in your PDF viewer.</source>
        <translation>Se guardó %1; se está abriendo en tu visor de PDF.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1: %n people to call (%2). Keep it private; shred it after the calls.</source>
        <translation>
            <numerusform>Se guardó %1: %n persona a quien llamar (%2). Guárdala en privado y destrúyela después de la llamada.</numerusform>
            <numerusform>Se guardó %1: %n personas a quienes llamar (%2). Guárdala en privado y destrúyela después de las llamadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups</source>
        <translation>
            <numerusform>%n seguimiento</numerusform>
            <numerusform>%n seguimientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved to %1: the due dates on its cards moved with it, %n days later.</source>
        <translation>
            <numerusform>Se movió al %1: las fechas límite de sus tarjetas se movieron con ella, %n día después.</numerusform>
            <numerusform>Se movió al %1: las fechas límite de sus tarjetas se movieron con ella, %n días después.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved to %1: the due dates on its cards moved with it, %n days earlier.</source>
        <translation>
            <numerusform>Se movió al %1: las fechas límite de sus tarjetas se movieron con ella, %n día antes.</numerusform>
            <numerusform>Se movió al %1: las fechas límite de sus tarjetas se movieron con ella, %n días antes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commitments already made keep the date people committed to.</source>
        <translation>
            <numerusform>%n compromiso ya hecho conserva la fecha a la que la persona se comprometió.</numerusform>
            <numerusform>%n compromisos ya hechos conservan la fecha a la que cada persona se comprometió.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cards printed before show the old dates: print them again.</source>
        <translation>Las tarjetas impresas antes muestran las fechas anteriores: imprímelas de nuevo.</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 already here got empty fields filled in, %4 already here with nothing to add, %5 skipped.</source>
        <translation>Se importó %1. Personas agregadas: %2; ya estaban y se completaron campos vacíos: %3; ya estaban, sin nada que agregar: %4; omitidas: %5.</translation>
    </message>
    <message>
        <source>open the person</source>
        <translation>abrir a la persona</translation>
    </message>
    <message>
        <source>%1 is no longer in: %2.

The meetings they came to still count them there, as they were then. If they asked you to take back what they told you, remove it from those meetings&apos; figures too. This cannot be undone.</source>
        <translation>%1 ya no está en: %2.

Las reuniones a las que vino todavía cuentan a esta persona en esos grupos, como estaba entonces. Si te pidió retirar lo que te dijo, quítalo también de las cifras de esas reuniones. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Groups taken off</source>
        <translation>Grupos quitados</translation>
    </message>
    <message>
        <source>Remove from past meetings</source>
        <translation>Quitar de las reuniones pasadas</translation>
    </message>
    <message>
        <source>remove the groups from past meetings</source>
        <translation>quitar los grupos de las reuniones pasadas</translation>
    </message>
    <message>
        <source>%1 was forgotten: meetingkit no longer shows or uses anything about them.</source>
        <translation>Se olvidó a %1: meetingkit ya no muestra ni usa nada sobre esa persona.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Configuración guardada.</translation>
    </message>
    <message>
        <source>About meetingkit</source>
        <translation>Acerca de meetingkit</translation>
    </message>
    <message>
        <source>&lt;h3&gt;meetingkit %1&lt;/h3&gt;&lt;p&gt;Run in-person meetings, trainings and assemblies from one laptop: agendas, a speaking stack, equal airtime, QR sign-in, commitment cards.&lt;/p&gt;&lt;p&gt;Everything stays on this computer. meetingkit sends nothing anywhere: no accounts, no cloud, no telemetry.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;meetingkit %1&lt;/h3&gt;&lt;p&gt;Realiza reuniones, capacitaciones y asambleas presenciales desde una sola computadora: agendas, lista de palabra, tiempo de palabra equitativo, registro con QR, tarjetas de compromiso.&lt;/p&gt;&lt;p&gt;Todo se queda en esta computadora. meetingkit no envía nada a ningún lado: sin cuentas, sin nube, sin telemetría.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>Assembly</source>
        <translation>Asamblea</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Quien facilita</translation>
    </message>
    <message>
        <source>Co-facilitator</source>
        <translation>Quien cofacilita</translation>
    </message>
    <message>
        <source>Stack keeper</source>
        <translation>Quien lleva la lista de palabra</translation>
    </message>
    <message>
        <source>Timekeeper</source>
        <translation>Quien controla el tiempo</translation>
    </message>
    <message>
        <source>Note taker</source>
        <translation>Quien toma notas</translation>
    </message>
    <message>
        <source>Vibes watcher</source>
        <translation>Quien cuida el ambiente</translation>
    </message>
    <message>
        <source>Greeter</source>
        <translation>Quien da la bienvenida</translation>
    </message>
    <message>
        <source>Guides the room through the agenda and keeps the process fair.</source>
        <translation>Guía a la sala por la agenda y cuida que el proceso sea justo.</translation>
    </message>
    <message>
        <source>Shares the facilitation and steps in when the facilitator speaks.</source>
        <translation>Comparte la facilitación y toma el relevo cuando quien facilita quiere hablar.</translation>
    </message>
    <message>
        <source>Keeps the list of who is waiting to speak.</source>
        <translation>Lleva la lista de quienes esperan para hablar.</translation>
    </message>
    <message>
        <source>Watches the clock and calls time about five minutes early.</source>
        <translation>Vigila el reloj y avisa unos cinco minutos antes de que se acabe el tiempo.</translation>
    </message>
    <message>
        <source>Writes the minutes: decisions, owners, dates.</source>
        <translation>Escribe el acta: decisiones, responsables, fechas.</translation>
    </message>
    <message>
        <source>Watches the mood and energy of the room and calls a break when needed.</source>
        <translation>Cuida el ánimo y la energía de la sala y propone un descanso cuando hace falta.</translation>
    </message>
    <message>
        <source>Welcomes people at the door and helps them sign in.</source>
        <translation>Recibe a las personas en la puerta y les ayuda a registrarse.</translation>
    </message>
    <message>
        <source>A meeting needs a title.</source>
        <translation>Una reunión necesita un título.</translation>
    </message>
    <message>
        <source>A title can be at most %1 characters.</source>
        <translation>Un título puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A place can be at most %1 characters.</source>
        <translation>Un lugar puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Planned length must be between 1 minute and %1 hours (got %2 minutes).</source>
        <translation>La duración prevista debe estar entre 1 minuto y %1 horas (se indicaron %2 minutos).</translation>
    </message>
    <message>
        <source>A meeting&apos;s date must be between %1 and %2 (got %3).</source>
        <translation>La fecha de una reunión debe estar entre %1 y %2 (se indicó %3).</translation>
    </message>
    <message>
        <source>The warning must come between 0 and 60 minutes before the end.</source>
        <translation>El aviso debe llegar entre 0 y 60 minutos antes del final.</translation>
    </message>
    <message>
        <source>Meeting %1 no longer exists.</source>
        <translation>La reunión %1 ya no existe.</translation>
    </message>
    <message>
        <source>That meeting or person no longer exists.</source>
        <translation>Esa reunión o esa persona ya no existe.</translation>
    </message>
    <message>
        <source>There is no meeting %1.</source>
        <translation>No existe la reunión %1.</translation>
    </message>
</context>
<context>
    <name>MeetingDeletion</name>
    <message numerus="yes">
        <source>%n sign-ins</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendees</source>
        <translation>
            <numerusform>%n asistente</numerusform>
            <numerusform>%n asistentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turns</source>
        <translation>
            <numerusform>%n turno</numerusform>
            <numerusform>%n turnos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cards</source>
        <translation>
            <numerusform>%n tarjeta</numerusform>
            <numerusform>%n tarjetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commitments with their follow-ups</source>
        <translation>
            <numerusform>%n compromiso con su seguimiento</numerusform>
            <numerusform>%n compromisos con su seguimiento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the minutes of %n items</source>
        <translation>
            <numerusform>el acta de %n punto</numerusform>
            <numerusform>las actas de %n puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decisions</source>
        <translation>
            <numerusform>%n decisión</numerusform>
            <numerusform>%n decisiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n temperature checks</source>
        <translation>
            <numerusform>%n sondeo</numerusform>
            <numerusform>%n sondeos</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “%1” on %2, with its agenda and roles? This cannot be undone.</source>
        <translation>¿Eliminar “%1” del %2, con su agenda y sus roles? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete “%1” on %2?</source>
        <translation>¿Eliminar “%1” del %2?</translation>
    </message>
    <message>
        <source>It was left open (End meeting was never pressed) and last used at %1 on %2.</source>
        <translation>Quedó abierta (nunca se presionó Terminar reunión) y se usó por última vez a las %1 del %2.</translation>
    </message>
    <message>
        <source>It is running now.</source>
        <translation>Está en curso ahora.</translation>
    </message>
    <message>
        <source>Its agenda and roles go with it, and all that was recorded: %1.</source>
        <translation>Con ella se borran su agenda, sus roles y todo lo que se registró: %1.</translation>
    </message>
    <message>
        <source>Its agenda and roles go with it, and its record.</source>
        <translation>Con ella se borran su agenda, sus roles y su registro.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>No se puede deshacer.</translation>
    </message>
    <message>
        <source>Its personal data was already purged: its anonymous counts go too.</source>
        <translation>Sus datos personales ya se depuraron: también se borran sus recuentos anónimos.</translation>
    </message>
    <message>
        <source>To take people&apos;s names out but keep its anonymous counts (how many came, airtime by group), purge it instead, on the Privacy page.</source>
        <translation>Para quitar los nombres de las personas pero conservar sus recuentos anónimos (cuántas vinieron, el tiempo de palabra por grupo), mejor depúrala, en la página Privacidad y datos.</translation>
    </message>
    <message>
        <source>A backup of all your data, encrypted with your passphrase, is saved in the backups folder first. It keeps this meeting and everyone recorded at it — those deleted now too — for %1 days.</source>
        <translation>Antes se guarda una copia de seguridad de todos tus datos, cifrada con tu frase de contraseña, en la carpeta de copias de seguridad. Conserva esta reunión y a todas las personas registradas en ella —también las que se eliminan ahora— durante %1 días.</translation>
    </message>
    <message>
        <source>A backup of all your data is saved in the backups folder first. It is not encrypted, and keeps this meeting and everyone recorded at it — those deleted now too — for %1 days: anyone who gets the file can read them.</source>
        <translation>Antes se guarda una copia de seguridad de todos tus datos en la carpeta de copias de seguridad. No está cifrada, y conserva esta reunión y a todas las personas registradas en ella —también las que se eliminan ahora— durante %1 días: cualquiera que obtenga el archivo puede leerlos.</translation>
    </message>
    <message>
        <source>To remove it sooner, delete it from the backups folder yourself (Privacy page, Open data folder).</source>
        <translation>Para quitarla antes, elimínala tú de la carpeta de copias de seguridad (página Privacidad y datos, Abrir la carpeta de datos).</translation>
    </message>
    <message numerus="yes">
        <source>%n people who came into your directory at a meeting, with nothing else on record, are deleted from it too.</source>
        <translation>
            <numerusform>%n persona que entró a tu directorio en una reunión, y no tiene nada más registrado, también se borra de él.</numerusform>
            <numerusform>%n personas que entraron a tu directorio en una reunión, y no tienen nada más registrado, también se borran de él.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was deleted: meetingkit no longer shows or uses anything recorded at it.</source>
        <translation>Se eliminó “%1”: meetingkit ya no muestra ni usa nada de lo que se registró en ella.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Se eliminó “%1”.</translation>
    </message>
    <message>
        <source>Deleted “%1”. A backup of the data as it was before is in %2.</source>
        <translation>Se eliminó “%1”. Hay una copia de seguridad de los datos tal como estaban antes en %2.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>e.g. Safe Staffing Working Group</source>
        <translation>p. ej., Grupo de trabajo por la dotación segura</translation>
    </message>
    <message>
        <source>Room and address</source>
        <translation>Sala y dirección</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> min left</source>
        <translation> min restantes</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>The running item&apos;s clock turns amber with this much time left.</source>
        <translation>El reloj del punto en curso se pone ámbar cuando queda este tiempo.</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin previsto</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>Planned &amp;length:</source>
        <translation>&amp;Duración prevista:</translation>
    </message>
    <message>
        <source>&amp;Warn at:</source>
        <translation>&amp;Aviso:</translation>
    </message>
    <message>
        <source>Ends at %1</source>
        <translation>Termina a las %1</translation>
    </message>
    <message numerus="yes">
        <source>The due dates on its cards move with it: %n days later.</source>
        <translation>
            <numerusform>Las fechas límite de sus tarjetas se mueven con ella: %n día después.</numerusform>
            <numerusform>Las fechas límite de sus tarjetas se mueven con ella: %n días después.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The due dates on its cards move with it: %n days earlier.</source>
        <translation>
            <numerusform>Las fechas límite de sus tarjetas se mueven con ella: %n día antes.</numerusform>
            <numerusform>Las fechas límite de sus tarjetas se mueven con ella: %n días antes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingGroupChoice</name>
    <message>
        <source>(no group)</source>
        <translation>(sin grupo)</translation>
    </message>
    <message>
        <source>Meeting&apos;s group</source>
        <translation>Grupo de la reunión</translation>
    </message>
    <message>
        <source>This meeting belongs to:</source>
        <translation>Esta reunión pertenece a:</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Its personal data was purged on %1: who came, committed and was followed up is gone; only anonymous counts are kept.</source>
        <translation>Sus datos personales se depuraron el %1: ya no consta quién vino, quién se comprometió ni el seguimiento; solo se conservan recuentos anónimos.</translation>
    </message>
    <message>
        <source>Purged %1</source>
        <translation>Depurada el %1</translation>
    </message>
    <message>
        <source>Upcoming (%1 of %2)</source>
        <translation>Próximas (%1 de %2)</translation>
    </message>
    <message>
        <source>Past (%1 of %2)</source>
        <translation>Pasadas (%1 de %2)</translation>
    </message>
    <message numerus="yes">
        <source>Upcoming (%n)</source>
        <translation>
            <numerusform>Próximas (%n)</numerusform>
            <numerusform>Próximas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Past (%n)</source>
        <translation>
            <numerusform>Pasadas (%n)</numerusform>
            <numerusform>Pasadas (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <source>No meeting selected.

Create one with File → New meeting (Ctrl+N).</source>
        <translation>No hay ninguna reunión seleccionada.

Crea una con Archivo → Nueva reunión (Ctrl+N).</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>&amp;Sign-in</source>
        <translation>Regi&amp;stro</translation>
    </message>
    <message>
        <source>R&amp;oles</source>
        <translation>R&amp;oles</translation>
    </message>
    <message>
        <source>F&amp;loor</source>
        <translation>Pa&amp;labra</translation>
    </message>
    <message>
        <source>Comm&amp;itments</source>
        <translation>&amp;Compromisos</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Informe</translation>
    </message>
    <message>
        <source>Pa&amp;th</source>
        <translation>R&amp;uta</translation>
    </message>
    <message>
        <source>No place set</source>
        <translation>Sin lugar definido</translation>
    </message>
    <message>
        <source>the meeting</source>
        <translation>la reunión</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Search meetings  (Ctrl+Shift+F)</source>
        <translation>Buscar reuniones  (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Type words of a meeting&apos;s title, place, group, kind or month: “icu march”. Esc clears it.</source>
        <translation>Escribe palabras del título, el lugar, el grupo, el tipo o el mes de una reunión: “uci marzo”. Esc borra la búsqueda.</translation>
    </message>
    <message>
        <source>Search meetings</source>
        <translation>Buscar reuniones</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Show the meetings of one group</source>
        <translation>Mostrar las reuniones de un grupo</translation>
    </message>
    <message>
        <source>Show all meetings</source>
        <translation>Mostrar todas las reuniones</translation>
    </message>
    <message>
        <source>Find meetings</source>
        <translation>Buscar reuniones</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Todos los grupos</translation>
    </message>
    <message>
        <source>No meeting of %1 matches “%2”.</source>
        <translation>Ninguna reunión de %1 coincide con “%2”.</translation>
    </message>
    <message>
        <source>No meeting matches “%1”.</source>
        <translation>Ninguna reunión coincide con “%1”.</translation>
    </message>
    <message>
        <source>%1 has no meetings yet.</source>
        <translation>%1 aún no tiene reuniones.</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profesión</translation>
    </message>
    <message>
        <source>Came (oldest → latest)</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Asumidos</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Cumplidos</translation>
    </message>
    <message>
        <source>Led</source>
        <translation>Dirigidas</translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation>Escalera</translation>
    </message>
    <message numerus="yes">
        <source>Came to %1 of %n meetings held</source>
        <translation>
            <numerusform>Vino a %1 de %n reunión realizada</numerusform>
            <numerusform>Vino a %1 de %n reuniones realizadas</numerusform>
        </translation>
    </message>
    <message>
        <source>— not yet —</source>
        <translation>— aún no —</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>A&amp;gregar miembro…</translation>
    </message>
    <message>
        <source>Rem&amp;ove member…</source>
        <translation>Quitar &amp;miembro…</translation>
    </message>
    <message>
        <source>✓ came · – missed: one mark per meeting held, oldest first.</source>
        <translation>✓ vino · – faltó: una marca por reunión realizada, la más antigua primero.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge into one person</source>
        <translation>Unir en una sola persona</translation>
    </message>
    <message>
        <source>%1 and %2 will be one person, with the attendance, sign-ins, commitments, turns, roles and groups of both. Where the two records differ, choose what to keep. A merge cannot be undone.</source>
        <translation>%1 y %2 serán una sola persona, con la asistencia, los registros, los compromisos, los turnos, los roles y los grupos de ambos. Donde las dos fichas difieran, elige qué conservar. Una unión no se puede deshacer.</translation>
    </message>
    <message>
        <source>Already known:</source>
        <translation>Ya en el directorio:</translation>
    </message>
    <message>
        <source>After merging:</source>
        <translation>Después de unir:</translation>
    </message>
    <message>
        <source>already known</source>
        <translation>ya en el directorio</translation>
    </message>
    <message>
        <source>the newer record</source>
        <translation>la ficha más nueva</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Unir</translation>
    </message>
</context>
<context>
    <name>Minutes PDF</name>
    <message>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Planned and actual time</source>
        <translation>Tiempo previsto y real</translation>
    </message>
    <message>
        <source>Minutes — %1</source>
        <translation>Acta — %1</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Sin empezar.</translation>
    </message>
    <message>
        <source>Actual: started %1, left open after %2, never ended.</source>
        <translation>Real: inicio %1, quedó abierta tras %2, sin terminar.</translation>
    </message>
    <message>
        <source>Actual: started %1, not ended.</source>
        <translation>Real: inicio %1, sin terminar.</translation>
    </message>
    <message>
        <source>Actual: %1–%2 (%3)</source>
        <translation>Real: %1–%2 (%3)</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>responsable: %1</translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation>previsto: %1</translation>
    </message>
    <message>
        <source>actual %1 (%2)</source>
        <translation>real: %1 (%2)</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Decisión: %1</translation>
    </message>
    <message>
        <source>Proposal: %1</source>
        <translation>Propuesta: %1</translation>
    </message>
    <message>
        <source>Temperature check — %1</source>
        <translation>Sondeo — %1</translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation>PUNTO</translation>
    </message>
    <message>
        <source>PLANNED</source>
        <translation>PREVISTO</translation>
    </message>
    <message>
        <source>ACTUAL</source>
        <translation>REAL</translation>
    </message>
    <message>
        <source>OVER / UNDER</source>
        <translation>DIFERENCIA</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>NewDetailsDialog</name>
    <message>
        <source>New details from sign-in</source>
        <translation>Datos nuevos al registrarse</translation>
    </message>
    <message>
        <source>OK to email them about the group&apos;s work</source>
        <translation>Se le puede escribir por correo sobre el trabajo del grupo</translation>
    </message>
    <message>
        <source>OK to text them about the group&apos;s work</source>
        <translation>Se le pueden enviar mensajes de texto sobre el trabajo del grupo</translation>
    </message>
    <message>
        <source>OK to take and share photos they are in</source>
        <translation>Se pueden tomar y compartir fotos en las que aparece</translation>
    </message>
    <message>
        <source>OK to show their first name to the other attendees</source>
        <translation>Se puede mostrar su nombre a las demás personas asistentes</translation>
    </message>
    <message>
        <source>These people signed in with details their record does not have, or has otherwise, or agreed to more than they had before. Anyone who knows someone&apos;s first name and phone number can sign in as them: add a detail, or accept what they agreed to, only if you know it was them. Until you do, the record stays as it is, and what they agreed to does not count.</source>
        <translation>Estas personas se registraron con datos que su ficha no tiene, o que tiene de otra forma, o autorizaron más de lo que habían autorizado antes. Cualquiera que sepa el nombre y el teléfono de alguien puede registrarse como esa persona: agrega un dato, o acepta lo que autorizó, solo si sabes que fue esa persona. Mientras tanto, la ficha queda como está y lo que autorizó no cuenta.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 people: decide these, and the next ones appear.</source>
        <translation>Se muestran las primeras %1 de %2 personas: decide sobre estas y aparecerán las siguientes.</translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>No hay nada que revisar.</translation>
    </message>
    <message>
        <source>Accept all (it was them)</source>
        <translation>Aceptar todo (era esa persona)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Their sign-ins gave two different values for the same detail: add the one that is theirs below.</source>
        <translation>Sus registros dieron dos valores distintos para el mismo dato: agrega abajo a su ficha el que sea suyo.</translation>
    </message>
    <message>
        <source>Add every detail below to the record and accept all they agreed to.</source>
        <translation>Agrega a su ficha todos los datos de abajo y acepta todo lo que autorizó.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>signed in at %1</source>
        <translation>se registró en %1</translation>
    </message>
    <message>
        <source>instead of %1</source>
        <translation>en lugar de %1</translation>
    </message>
    <message>
        <source>Add to record</source>
        <translation>Agregar a su ficha</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Dejar fuera</translation>
    </message>
    <message>
        <source>%1 — %2, %3: %4</source>
        <translation>%1 — %2, %3: %4</translation>
    </message>
    <message>
        <source>signed in at %1 · not counted until you accept it</source>
        <translation>se registró en %1 · no cuenta hasta que lo aceptes</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>In the group: %1</source>
        <translation>En el grupo: %1</translation>
    </message>
    <message>
        <source>record the decision</source>
        <translation>registrar la decisión</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Elige una frase de contraseña</translation>
    </message>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Elige una nueva frase de contraseña</translation>
    </message>
    <message>
        <source>meetingkit will encrypt its data again with the new passphrase; from then on the old one no longer opens it. Backups made before keep the old passphrase. The new one is not stored anywhere: if you lose it, nobody can recover the data — keep it somewhere safe. Use at least %1 characters; a few words you will remember is best.</source>
        <translation>meetingkit volverá a cifrar sus datos con la nueva frase de contraseña; a partir de entonces la anterior ya no los abre. Las copias de seguridad hechas antes conservan la frase de contraseña anterior. La nueva no se guarda en ningún lado: si la pierdes, nadie podrá recuperar los datos — guárdala en un lugar seguro. Usa al menos %1 caracteres; lo mejor son unas cuantas palabras que vayas a recordar.</translation>
    </message>
    <message>
        <source>meetingkit will encrypt its data with this passphrase and ask for it every time it starts and to unlock the screen. It is not stored anywhere: if you lose it, nobody can recover the data — keep it somewhere safe. Use at least %1 characters; a few words you will remember is best.</source>
        <translation>meetingkit cifrará sus datos con esta frase de contraseña y te la pedirá cada vez que se inicie y para desbloquear la pantalla. No se guarda en ningún lado: si la pierdes, nadie podrá recuperar los datos — guárdala en un lugar seguro. Usa al menos %1 caracteres; lo mejor son unas cuantas palabras que puedas recordar.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
</context>
<context>
    <name>Next meeting</name>
    <message>
        <source>Parking lot</source>
        <translation>Temas pendientes</translation>
    </message>
    <message>
        <source>Check on commitments</source>
        <translation>Revisar compromisos</translation>
    </message>
    <message>
        <source>Carried over from the meeting of %1.</source>
        <translation>Viene de la reunión del %1.</translation>
    </message>
    <message>
        <source>• %1 — on “%2”</source>
        <translation>• %1 — sobre “%2”</translation>
    </message>
    <message>
        <source>Waiting to speak when the stack was parked last time:</source>
        <translation>Esperaban la palabra cuando la lista pasó a temas pendientes la vez anterior:</translation>
    </message>
    <message>
        <source>• %1: %2 (%3, organizer %4)</source>
        <translation>• %1: %2 (%3; organiza %4)</translation>
    </message>
    <message>
        <source>• %1: %2 (%3)</source>
        <translation>• %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Commitments from last time still to follow up:</source>
        <translation>Compromisos de la vez anterior que aún necesitan seguimiento:</translation>
    </message>
    <message>
        <source>has not been %1 yet</source>
        <translation>aún no ha tenido el rol de %1</translation>
    </message>
    <message>
        <source>last %1 on %2</source>
        <translation>tuvo el rol de %1 por última vez el %2</translation>
    </message>
    <message>
        <source>1 unfinished item</source>
        <translation>1 punto sin terminar</translation>
    </message>
    <message>
        <source>%1 unfinished items</source>
        <translation>%1 puntos sin terminar</translation>
    </message>
    <message>
        <source>1 role</source>
        <translation>1 rol</translation>
    </message>
    <message>
        <source>%1 roles</source>
        <translation>%1 roles</translation>
    </message>
    <message>
        <source>the parking lot</source>
        <translation>los temas pendientes</translation>
    </message>
    <message>
        <source>the commitments to check on</source>
        <translation>los compromisos por revisar</translation>
    </message>
    <message>
        <source>Nothing was carried over.</source>
        <translation>No pasó nada a la siguiente reunión.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>Carried %1.</source>
        <translation>Pasa a la siguiente reunión: %1.</translation>
    </message>
</context>
<context>
    <name>NextMeetingDialog</name>
    <message>
        <source>Next meeting from this one</source>
        <translation>Siguiente reunión a partir de esta</translation>
    </message>
    <message>
        <source>A &amp;week after</source>
        <translation>Una &amp;semana después</translation>
    </message>
    <message>
        <source>Seven days after this meeting</source>
        <translation>Siete días después de esta reunión</translation>
    </message>
    <message>
        <source>Next &amp;month</source>
        <translation>El &amp;mes siguiente</translation>
    </message>
    <message>
        <source>The same weekday in the same week of next month (the third Thursday…)</source>
        <translation>El mismo día de la semana, en la misma semana del mes siguiente (el tercer jueves…)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>On its agenda</source>
        <translation>En su agenda</translation>
    </message>
    <message>
        <source>Roles, passed round</source>
        <translation>Roles, en rotación</translation>
    </message>
    <message>
        <source>Nothing to carry over: no unfinished items in a run agenda, nobody parked, no commitment still open, no roles to pass round.</source>
        <translation>Nada que pasar: ningún punto sin terminar en una agenda realizada, nadie en temas pendientes, ningún compromiso pendiente, ningún rol que rotar.</translation>
    </message>
    <message>
        <source>It carries over (untick what it should not):</source>
        <translation>Pasa a la siguiente (desmarca lo que no deba pasar):</translation>
    </message>
    <message>
        <source>&amp;Create meeting</source>
        <translation>&amp;Crear reunión</translation>
    </message>
    <message>
        <source>%1 · %2 min — unfinished</source>
        <translation>%1 · %2 min — sin terminar</translation>
    </message>
    <message>
        <source>%1 · %2 min</source>
        <translation>%1 · %2 min</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…y %n más</numerusform>
            <numerusform>…y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotSeenModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profesión</translation>
    </message>
    <message>
        <source>Last came</source>
        <translation>Última vez</translation>
    </message>
    <message>
        <source>Meetings missed</source>
        <translation>Faltas</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source> (not a member)</source>
        <translation> (no es miembro)</translation>
    </message>
    <message>
        <source>never contacted</source>
        <translation>sin contacto todavía</translation>
    </message>
</context>
<context>
    <name>NotSeenTab</name>
    <message>
        <source>Missed meetings</source>
        <translation>Reuniones sin venir</translation>
    </message>
    <message>
        <source> meetings</source>
        <translation> reuniones</translation>
    </message>
    <message>
        <source>Haven&apos;t seen in a while</source>
        <translation>Hace tiempo que no vienen</translation>
    </message>
    <message>
        <source>People who came before and missed the last</source>
        <translation>Personas que vinieron antes y faltaron a las últimas</translation>
    </message>
    <message>
        <source>held</source>
        <translation>realizadas</translation>
    </message>
    <message>
        <source>The group has not met yet.</source>
        <translation>El grupo aún no se ha reunido.</translation>
    </message>
    <message numerus="yes">
        <source>Everyone who came before was at one of the last %n meetings.</source>
        <translation>
            <numerusform>Todas las personas que vinieron antes estuvieron en la última reunión (%n).</numerusform>
            <numerusform>Todas las personas que vinieron antes estuvieron en alguna de las últimas %n reuniones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Worth a call: a conversation brings people back more often than a reminder. Record calls on the Follow-ups page.</source>
        <translation>Vale la pena llamar: una conversación hace volver a la gente más que un recordatorio. Anota las llamadas en la página Seguimiento.</translation>
    </message>
    <message numerus="yes">
        <source>Members first (%1), then %n people who came but are not members.</source>
        <translation>
            <numerusform>Primero los miembros (%1), luego %n persona que vino pero no es miembro.</numerusform>
            <numerusform>Primero los miembros (%1), luego %n personas que vinieron pero no son miembros.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation>Ocultar este aviso</translation>
    </message>
</context>
<context>
    <name>OptionDialog</name>
    <message>
        <source>e.g. Hold three one-on-ones by {date}</source>
        <translation>p. ej., Tener tres conversaciones uno a uno para el {date}</translation>
    </message>
    <message>
        <source>What the person commits to</source>
        <translation>A qué se compromete la persona</translation>
    </message>
    <message>
        <source>By a date</source>
        <translation>Con fecha</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Commitment:</source>
        <translation>Compromiso:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <source>Concrete and dated works best. Write {date} where the date goes; otherwise it is added at the end.</source>
        <translation>Funciona mejor si es concreto y con fecha. Escribe {date} donde va la fecha; si no, se agrega al final.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>meetingkit: passphrase</source>
        <translation>meetingkit: frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
</context>
<context>
    <name>PendingWipe</name>
    <message>
        <source>The name is still in the database file</source>
        <translation>El nombre sigue en el archivo de la base de datos</translation>
    </message>
    <message>
        <source>But another program is reading meetingkit&apos;s data right now (a sign-in server, a meetingkit command, a backup or file-sync program), so their name stays in the database file until it stops. meetingkit takes it out as soon as it can, and says so; closing both programs does it too.</source>
        <translation>Pero otro programa está leyendo los datos de meetingkit en este momento (un servidor de registro, un comando de meetingkit, un programa de copias de seguridad o de sincronización), así que su nombre sigue en el archivo de la base de datos hasta que termine. meetingkit lo quita en cuanto pueda, y te avisa; cerrar los dos programas también lo quita.</translation>
    </message>
    <message>
        <source>The names are still in the database file</source>
        <translation>Los nombres siguen en el archivo de la base de datos</translation>
    </message>
    <message>
        <source>But another program is reading meetingkit&apos;s data right now (a sign-in server, a meetingkit command, a backup or file-sync program), so the names stay in the database file until it stops. meetingkit takes them out as soon as it can, and says so; closing both programs does it too.</source>
        <translation>Pero otro programa está leyendo los datos de meetingkit en este momento (un servidor de registro, un comando de meetingkit, un programa de copias de seguridad o de sincronización), así que los nombres siguen en el archivo de la base de datos hasta que termine. meetingkit los quita en cuanto pueda, y te avisa; cerrar los dos programas también los quita.</translation>
    </message>
    <message>
        <source>The names that stayed in the database file are now gone from it too.</source>
        <translation>Los nombres que seguían en el archivo de la base de datos ya tampoco están en él.</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Registered nurse (RN)</source>
        <translation>Enfermera/o registrada/o (RN)</translation>
    </message>
    <message>
        <source>Licensed practical nurse (LPN)</source>
        <translation>Enfermera/o práctica/o con licencia (LPN)</translation>
    </message>
    <message>
        <source>Nurse practitioner (NP)</source>
        <translation>Enfermera/o de práctica avanzada (NP)</translation>
    </message>
    <message>
        <source>Physician (MD/DO)</source>
        <translation>Médica/o (MD/DO)</translation>
    </message>
    <message>
        <source>Resident physician</source>
        <translation>Médica/o residente</translation>
    </message>
    <message>
        <source>Physician assistant (PA)</source>
        <translation>Asistente de médico (PA)</translation>
    </message>
    <message>
        <source>Physical therapist (PT)</source>
        <translation>Fisioterapeuta (PT)</translation>
    </message>
    <message>
        <source>Occupational therapist (OT)</source>
        <translation>Terapeuta ocupacional (OT)</translation>
    </message>
    <message>
        <source>Speech-language pathologist (SLP)</source>
        <translation>Terapeuta del habla y el lenguaje (SLP)</translation>
    </message>
    <message>
        <source>Respiratory therapist (RT)</source>
        <translation>Terapeuta respiratoria/o (RT)</translation>
    </message>
    <message>
        <source>Social worker (SW)</source>
        <translation>Trabajador/a social (SW)</translation>
    </message>
    <message>
        <source>Pharmacist</source>
        <translation>Farmacéutica/o</translation>
    </message>
    <message>
        <source>Pharmacy technician</source>
        <translation>Técnica/o de farmacia</translation>
    </message>
    <message>
        <source>Certified nursing assistant (CNA)</source>
        <translation>Asistente de enfermería certificada/o (CNA)</translation>
    </message>
    <message>
        <source>Home health aide</source>
        <translation>Auxiliar de salud en el hogar</translation>
    </message>
    <message>
        <source>Medical assistant (MA)</source>
        <translation>Asistente médica/o (MA)</translation>
    </message>
    <message>
        <source>Environmental services (EVS)</source>
        <translation>Servicios ambientales (EVS)</translation>
    </message>
    <message>
        <source>Patient care technician</source>
        <translation>Técnica/o de atención al paciente</translation>
    </message>
    <message>
        <source>Lab technician</source>
        <translation>Técnica/o de laboratorio</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>A person needs at least one name.</source>
        <translation>Una persona necesita al menos un nombre.</translation>
    </message>
    <message>
        <source>“%1” has a space in it: an email address has no spaces.</source>
        <translation>“%1” tiene un espacio: un correo electrónico no lleva espacios.</translation>
    </message>
    <message>
        <source>“%1” is not a whole email address: it needs a name, one @ and a domain, like ana@example.org.</source>
        <translation>“%1” no es un correo completo: lleva un nombre, una sola @ y un dominio, como ana@example.org.</translation>
    </message>
    <message>
        <source>“%1” is not a whole email address: after the @ it needs a domain with a dot, like gmail.com.</source>
        <translation>“%1” no es un correo completo: después de la @ va un dominio con punto, como gmail.com.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number: a phone number has 7 to 15 digits.</source>
        <translation>“%1” no es un número de teléfono: un número de teléfono tiene de 7 a 15 dígitos.</translation>
    </message>
    <message>
        <source>%1 is no longer in the directory.</source>
        <translation>%1 ya no está en el directorio.</translation>
    </message>
    <message>
        <source>There is no person %1.</source>
        <translation>No existe la persona %1.</translation>
    </message>
</context>
<context>
    <name>PeopleAirtimeModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profesión</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>This item</source>
        <translation>Este punto</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profesión</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Lugar de trabajo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Search people by name, profession, workplace, phone or email  (Ctrl+F)</source>
        <translation>Buscar personas por nombre, profesión, lugar de trabajo, teléfono o correo  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Buscar personas</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Show or hide the selected person&apos;s history under the list</source>
        <translation>Muestra u oculta el historial de la persona seleccionada bajo la lista</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Show or hide the selected person&apos;s history (%1)</source>
        <translation>Muestra u oculta el historial de la persona seleccionada (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Review %n possible duplicate(s)…</source>
        <translation>
            <numerusform>Revisar %n posible duplicado…</numerusform>
            <numerusform>Revisar %n posibles duplicados…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review new details for %n person(s)…</source>
        <translation>
            <numerusform>Revisar datos nuevos de %n persona…</numerusform>
            <numerusform>Revisar datos nuevos de %n personas…</numerusform>
        </translation>
    </message>
    <message>
        <source>first %1 of %2 people</source>
        <translation>primeras %1 de %2 personas</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 persona</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 personas</translation>
    </message>
    <message>
        <source>first %1 of %2 matches — type more to narrow</source>
        <translation>primeros %1 de %2 resultados — escribe más para acotar</translation>
    </message>
    <message>
        <source>nobody matches</source>
        <translation>nadie coincide</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 resultado</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 resultados</translation>
    </message>
    <message>
        <source>Nobody here yet. Add someone with People › New person (Ctrl+Shift+N), bring in a list with File › Import roster, or open sign-in at a meeting: everyone who signs in is added here.</source>
        <translation>Todavía no hay nadie. Agrega a alguien con Personas › Nueva persona (Ctrl+Shift+N), trae una lista con Archivo › Importar lista de miembros, o abre el registro en una reunión: quien se registra se agrega aquí.</translation>
    </message>
</context>
<context>
    <name>Period PDF</name>
    <message>
        <source>Figures for a period</source>
        <translation>Cifras de un período</translation>
    </message>
    <message>
        <source>Figures for %1</source>
        <translation>Cifras del %1</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Reuniones realizadas</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>MEETINGS</source>
        <translation>REUNIONES</translation>
    </message>
    <message>
        <source>ATTENDANCE</source>
        <translation>ASISTENCIA</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GRUPO</translation>
    </message>
    <message>
        <source>DIFFERENT PEOPLE</source>
        <translation>PERSONAS DISTINTAS</translation>
    </message>
    <message>
        <source>New people, month by month</source>
        <translation>Personas nuevas, mes a mes</translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation>MES</translation>
    </message>
    <message>
        <source>FIRST TIME</source>
        <translation>PRIMERA VEZ</translation>
    </message>
    <message>
        <source>PROFESSION</source>
        <translation>PROFESIÓN</translation>
    </message>
    <message>
        <source>SHARE</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Attendance by profession</source>
        <translation>Asistencia por profesión</translation>
    </message>
    <message>
        <source>Airtime by profession</source>
        <translation>Tiempo de palabra por profesión</translation>
    </message>
    <message>
        <source>Commitments and their follow-up</source>
        <translation>Compromisos y su seguimiento</translation>
    </message>
    <message>
        <source>FOLLOW-UP</source>
        <translation>SEGUIMIENTO</translation>
    </message>
    <message>
        <source>COMMITMENTS</source>
        <translation>COMPROMISOS</translation>
    </message>
    <message>
        <source>Not known: made at a purged meeting</source>
        <translation>No se sabe: de una reunión depurada</translation>
    </message>
    <message>
        <source>All commitments</source>
        <translation>Todos los compromisos</translation>
    </message>
    <message>
        <source>Trainings and curricula</source>
        <translation>Capacitaciones y currículos</translation>
    </message>
    <message>
        <source>CURRICULUM</source>
        <translation>CURRÍCULO</translation>
    </message>
    <message>
        <source>TRAININGS</source>
        <translation>CAPACITACIONES</translation>
    </message>
</context>
<context>
    <name>Period report</name>
    <message>
        <source>No meeting was held in this period.</source>
        <translation>No se realizó ninguna reunión en este período.</translation>
    </message>
    <message>
        <source>No speaking time was recorded in this period.</source>
        <translation>No se registró tiempo de palabra en este período.</translation>
    </message>
    <message>
        <source>No commitments were made in this period.</source>
        <translation>No se hicieron compromisos en este período.</translation>
    </message>
    <message>
        <source>No training was held in this period.</source>
        <translation>No se realizó ninguna capacitación en este período.</translation>
    </message>
    <message>
        <source>Meetings of no group</source>
        <translation>Reuniones sin grupo</translation>
    </message>
    <message>
        <source>Counts only: nobody is named.</source>
        <translation>Solo cifras: no se nombra a nadie.</translation>
    </message>
    <message>
        <source>No profession had enough people at these meetings to show in a chart without singling someone out.</source>
        <translation>Ninguna profesión tuvo suficientes personas en estas reuniones para mostrarla en el gráfico sin señalar a nadie.</translation>
    </message>
    <message>
        <source>1 meeting</source>
        <translation>1 reunión</translation>
    </message>
    <message>
        <source>%1 meetings</source>
        <translation>%1 reuniones</translation>
    </message>
    <message>
        <source>1 commitment was made.</source>
        <translation>Se hizo 1 compromiso.</translation>
    </message>
    <message>
        <source>%1 commitments were made.</source>
        <translation>Se hicieron %1 compromisos.</translation>
    </message>
    <message>
        <source>1 training was not made from a curriculum.</source>
        <translation>1 capacitación no se hizo a partir de un currículo.</translation>
    </message>
    <message>
        <source>%1 trainings were not made from a curriculum.</source>
        <translation>%1 capacitaciones no se hicieron a partir de un currículo.</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>Qt&apos;s date pattern for a month of the year: &quot;MMMM &apos;de&apos; yyyy&quot; in Spanish. MMMM is the month&apos;s name, yyyy the year.</extracomment>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>hasta el %1</translation>
    </message>
    <message>
        <source>Meetings of %1</source>
        <translation>Reuniones de %1</translation>
    </message>
    <message>
        <source>Every meeting, of every group and of none</source>
        <translation>Todas las reuniones, de todos los grupos y sin grupo</translation>
    </message>
    <message>
        <source>meeting held</source>
        <translation>reunión realizada</translation>
    </message>
    <message>
        <source>meetings held</source>
        <translation>reuniones realizadas</translation>
    </message>
    <message>
        <source>different people: names purged</source>
        <translation>personas distintas: nombres depurados</translation>
    </message>
    <message>
        <source>different people, at least</source>
        <translation>personas distintas, como mínimo</translation>
    </message>
    <message>
        <source>different people</source>
        <translation>personas distintas</translation>
    </message>
    <message>
        <source>attended, meeting by meeting</source>
        <translation>asistencias, reunión por reunión</translation>
    </message>
    <message>
        <source>came for the first time</source>
        <translation>vinieron por primera vez</translation>
    </message>
    <message>
        <source>commitments made</source>
        <translation>compromisos hechos</translation>
    </message>
    <message>
        <source>This meeting was purged (%2 attended): it counts through the counts kept when its names were removed — attendance, first-timers, professions, speaking time, commitments made. Who came is gone, so among the different people it counts only through its first-timers, and how its commitments were followed up is not known.</source>
        <translation>Esta reunión fue depurada (asistieron %2): cuenta con las cifras que se guardaron al borrar sus nombres — asistencia, personas nuevas, profesiones, tiempo de palabra, compromisos hechos. Ya no se sabe quién vino, así que entre las personas distintas solo cuenta por sus personas nuevas, y no se sabe cómo se dio seguimiento a sus compromisos.</translation>
    </message>
    <message>
        <source>1 of these meetings was purged (%2 attended): it counts through the counts kept when its names were removed — attendance, first-timers, professions, speaking time, commitments made. Who came is gone, so among the different people it counts only through its first-timers, and how its commitments were followed up is not known.</source>
        <translation>1 de estas reuniones fue depurada (asistieron %2): cuenta con las cifras que se guardaron al borrar sus nombres — asistencia, personas nuevas, profesiones, tiempo de palabra, compromisos hechos. Ya no se sabe quién vino, así que entre las personas distintas solo cuenta por sus personas nuevas, y no se sabe cómo se dio seguimiento a sus compromisos.</translation>
    </message>
    <message>
        <source>%1 of these meetings were purged (%2 attended): they count through the counts kept when their names were removed — attendance, first-timers, professions, speaking time, commitments made. Who came is gone, so among the different people they count only through their first-timers, and how their commitments were followed up is not known.</source>
        <translation>%1 de estas reuniones fueron depuradas (asistieron %2): cuentan con las cifras que se guardaron al borrar sus nombres — asistencia, personas nuevas, profesiones, tiempo de palabra, compromisos hechos. Ya no se sabe quién vino, así que entre las personas distintas solo cuentan por sus personas nuevas, y no se sabe cómo se dio seguimiento a sus compromisos.</translation>
    </message>
    <message>
        <source>%1 with nothing recorded (nobody marked present, the agenda never started)</source>
        <translation>%1 sin nada registrado (nadie marcado como presente, la agenda nunca empezó)</translation>
    </message>
    <message>
        <source>%1 still ahead</source>
        <translation>%1 todavía por venir</translation>
    </message>
    <message>
        <source>Not counted: %1.</source>
        <translation>No se cuentan: %1.</translation>
    </message>
    <message>
        <source>Attendance adds up each meeting&apos;s people: someone who came to five meetings counts five times.</source>
        <translation>La asistencia suma las personas de cada reunión: quien vino a cinco reuniones cuenta cinco veces.</translation>
    </message>
    <message>
        <source>Attendance adds up each meeting&apos;s people: someone who came to five meetings counts five times there, and once among the %1 different people.</source>
        <translation>La asistencia suma las personas de cada reunión: quien vino a cinco reuniones cuenta cinco veces ahí, y una sola vez entre las %1 personas distintas.</translation>
    </message>
    <message>
        <source>1 person came to a meeting for the first time, as the meeting&apos;s report counts first-timers.</source>
        <translation>1 persona vino por primera vez a una reunión (con el mismo criterio que el informe de la reunión).</translation>
    </message>
    <message>
        <source>%1 people came to a meeting for the first time, as each meeting&apos;s report counts first-timers.</source>
        <translation>%1 personas vinieron por primera vez a una reunión (con el mismo criterio que el informe de cada reunión).</translation>
    </message>
    <message>
        <source>Each person counts under the profession they had at each meeting they came to.</source>
        <translation>Cada persona cuenta con la profesión que tenía en cada reunión a la que vino.</translation>
    </message>
    <message>
        <source>Professions of fewer than %1 different people are combined, so that nobody is singled out.</source>
        <translation>Las profesiones de menos de %1 personas distintas se combinan para no señalar a nadie.</translation>
    </message>
    <message>
        <source>%1 of speaking time recorded at %2. Each profession&apos;s share of the time next to its share of the people in the room at those meetings:</source>
        <translation>%1 de tiempo de palabra registrado en %2. La parte del tiempo de cada profesión junto a su parte de las personas en la sala en esas reuniones:</translation>
    </message>
    <message>
        <source>Professions left out of the chart had %1 of the speaking time.</source>
        <translation>Las profesiones que quedan fuera del gráfico tuvieron %1 del tiempo de palabra.</translation>
    </message>
    <message>
        <source>Professions of fewer than %1 different people at these meetings are left out of the chart, so that nobody is singled out.</source>
        <translation>Las profesiones de menos de %1 personas distintas en esas reuniones quedan fuera del gráfico para no señalar a nadie.</translation>
    </message>
    <message>
        <source>1 profession with enough people is left out too: otherwise the speaking time of those left out could be worked out from the total.</source>
        <translation>1 profesión con suficientes personas también queda fuera: si no, el tiempo de palabra de quienes quedan fuera se podría calcular a partir del total.</translation>
    </message>
    <message>
        <source>%1 professions with enough people are left out too: otherwise the speaking time of those left out could be worked out from the total.</source>
        <translation>%1 profesiones con suficientes personas también quedan fuera: si no, el tiempo de palabra de quienes quedan fuera se podría calcular a partir del total.</translation>
    </message>
    <message>
        <source>Followed up (an organizer talked with the person): %1 of %2 (%3).</source>
        <translation>Con seguimiento (alguien del equipo habló con la persona): %1 de %2 (%3).</translation>
    </message>
    <message>
        <source>1 training was held; %2 attended.</source>
        <translation>Se realizó 1 capacitación; asistieron %2.</translation>
    </message>
    <message>
        <source>%1 trainings were held; %2 attended.</source>
        <translation>Se realizaron %1 capacitaciones; asistieron %2.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2): swap the two days.</source>
        <translation>El período termina (%1) antes de empezar (%2): intercambia las dos fechas.</translation>
    </message>
    <message>
        <source>There is no group %1 any more.</source>
        <translation>Ya no existe el grupo %1.</translation>
    </message>
    <message>
        <source>There is no group “%1”. The groups are: %2.</source>
        <translation>No hay ningún grupo “%1”. Los grupos son: %2.</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>Print figures for a period</source>
        <translation>Imprimir cifras de un período</translation>
    </message>
    <message>
        <source>Counts only, for a report to the union or a funder: no names, no contact details.</source>
        <translation>Solo cifras, para un informe al sindicato o a quien financia: sin nombres ni datos de contacto.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Every meeting</source>
        <translation>Todas las reuniones</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>The period ends before it starts: change a day.</source>
        <translation>El período termina antes de empezar: cambia una de las fechas.</translation>
    </message>
    <message>
        <source>make the figures for the period</source>
        <translation>generar las cifras del período</translation>
    </message>
    <message>
        <source>Save the figures for the period as PDF</source>
        <translation>Guardar las cifras del período como PDF</translation>
    </message>
    <message>
        <source>Saved %1 — opening it in your PDF viewer.</source>
        <translation>Se guardó %1; se está abriendo en tu visor de PDF.</translation>
    </message>
    <message>
        <source>Saved %1. Open it in a PDF viewer to print it.</source>
        <translation>Se guardó %1. Ábrelo en un visor de PDF para imprimirlo.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Already in People</source>
        <translation>Ya está en Personas</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir a %1</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>Agregar de todos modos</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>%1, with this phone number, is already in People. Open that record instead of adding a copy?</source>
        <translation>%1, con este número de teléfono, ya está en Personas. ¿Abrir esa ficha en lugar de agregar una copia?</translation>
    </message>
    <message>
        <source>%1, with this email address, is already in People. Open that record instead of adding a copy?</source>
        <translation>%1, con este correo electrónico, ya está en Personas. ¿Abrir esa ficha en lugar de agregar una copia?</translation>
    </message>
    <message>
        <source>%1 is already in People, with no phone or email either. Open that record instead of adding a copy?</source>
        <translation>%1 ya está en Personas, y tampoco tiene teléfono ni correo. ¿Abrir esa ficha en lugar de agregar una copia?</translation>
    </message>
    <message>
        <source>%1, with this phone number, is already in People: the two records would look like one person twice. Save anyway?</source>
        <translation>%1, con este número de teléfono, ya está en Personas: las dos fichas parecerían la misma persona dos veces. ¿Guardar de todos modos?</translation>
    </message>
    <message>
        <source>%1, with this email address, is already in People: the two records would look like one person twice. Save anyway?</source>
        <translation>%1, con este correo electrónico, ya está en Personas: las dos fichas parecerían la misma persona dos veces. ¿Guardar de todos modos?</translation>
    </message>
    <message>
        <source>%1 is already in People, with no phone or email either: the two records would look like one person twice. Save anyway?</source>
        <translation>%1 ya está en Personas, y tampoco tiene teléfono ni correo: las dos fichas parecerían la misma persona dos veces. ¿Guardar de todos modos?</translation>
    </message>
    <message>
        <source>Required — one name is enough</source>
        <translation>Obligatorio — basta con un nombre</translation>
    </message>
    <message>
        <source>Only if they choose: e.g. Night shift</source>
        <translation>Solo si la persona quiere: p. ej., Turno de noche</translation>
    </message>
    <message>
        <source>Groups the person chose to give, separated by commas. Used to show airtime by group and, if the meeting chooses, to lift groups up the stack. Never guessed: leave empty unless they asked.</source>
        <translation>Grupos que la persona eligió dar, separados por comas. Sirven para mostrar el tiempo de palabra por grupo y, si la reunión lo decide, para subir a esos grupos en la lista de palabra. Nunca se adivinan: déjalo vacío a menos que la persona lo pida.</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Apellido:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Zip code:</source>
        <translation>Código &amp;postal:</translation>
    </message>
    <message>
        <source>P&amp;rofession / role:</source>
        <translation>P&amp;rofesión u oficio:</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>&amp;Lugar de trabajo:</translation>
    </message>
    <message>
        <source>Self-identified &amp;groups:</source>
        <translation>&amp;Grupos con los que se identifica:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otas:</translation>
    </message>
</context>
<context>
    <name>PersonHistoryView</name>
    <message>
        <source>History of the selected person</source>
        <translation>Historial de la persona seleccionada</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Type a name, profession or workplace</source>
        <translation>Escribe un nombre, profesión o lugar de trabajo</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Buscar personas</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Add “%1” as a new person</source>
        <translation>Agregar a “%1” como persona nueva</translation>
    </message>
    <message>
        <source>Showing %1 of %2 matches — type more to narrow.</source>
        <translation>Se muestran %1 de %2 resultados — escribe más para acotar.</translation>
    </message>
    <message>
        <source>Nobody matches. Press Enter to add this name.</source>
        <translation>Nadie coincide. Presiona Enter para agregar este nombre.</translation>
    </message>
</context>
<context>
    <name>PrintCardsDialog</name>
    <message>
        <source>Index cards, 5×3 in — 3 per Letter sheet (Avery 5388)</source>
        <translation>Fichas, 5×3 pulg. — 3 por hoja carta (Avery 5388)</translation>
    </message>
    <message>
        <source>Postcards, 6×4 in — 2 per Letter sheet (Avery 5389)</source>
        <translation>Postales, 6×4 pulg. — 2 por hoja carta (Avery 5389)</translation>
    </message>
    <message>
        <source>Quarter-letter, 4¼×5½ in — 4 per Letter sheet, with crop marks</source>
        <translation>Cuarto de carta, 4¼×5½ pulg. — 4 por hoja carta, con marcas de corte</translation>
    </message>
    <message>
        <source>A6 — 4 per A4 sheet, with crop marks</source>
        <translation>A6 — 4 por hoja A4, con marcas de corte</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>One with the name of each person signed in (%1)</source>
        <translation>Una con el nombre de cada persona registrada (%1)</translation>
    </message>
    <message>
        <source>Blank ones for walk-ins</source>
        <translation>En blanco, para quien llegue</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Blank ones for walk-ins:</source>
        <translation>En blanco, para quien llegue:</translation>
    </message>
    <message>
        <source>Nothing to print: add some blank ones.</source>
        <translation>No hay nada que imprimir: agrega algunas en blanco.</translation>
    </message>
</context>
<context>
    <name>Printed page</name>
    <message>
        <source>meetingkit · printed %1</source>
        <translation>meetingkit · impreso el %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>página %1 de %2</translation>
    </message>
    <message>
        <source>The font file %1 is missing or damaged, so nothing can be printed. Reinstall meetingkit to restore it.</source>
        <translation>El archivo de fuente %1 falta o está dañado, así que no se puede imprimir nada. Reinstala meetingkit para restaurarlo.</translation>
    </message>
    <message>
        <source>The font file %1 is missing or damaged, so names in some scripts cannot be printed. Reinstall meetingkit to restore it.</source>
        <translation>El archivo de fuente %1 falta o está dañado, así que no se pueden imprimir los nombres en algunas escrituras. Reinstala meetingkit para restaurarlo.</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Privacy and your data</source>
        <translation>La privacidad y tus datos</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>Hacer copia de &amp;seguridad…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>Res&amp;taurar…</translation>
    </message>
    <message>
        <source>P&amp;urge this meeting&apos;s personal data…</source>
        <translation>&amp;Depurar los datos personales de esta reunión…</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>Ca&amp;mbiar la frase de contraseña…</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>A&amp;brir la carpeta de datos</translation>
    </message>
    <message>
        <source>Delete u&amp;nencrypted backups…</source>
        <translation>E&amp;liminar copias de seguridad sin cifrar…</translation>
    </message>
    <message>
        <source>meetingkit keeps everything in one database file on this computer and sends nothing anywhere: no account, no cloud, no telemetry.
Data folder: %1
Database: %2 (%3)
In it: people %4 · meetings %5 · sign-ins %6 · consents given %7.</source>
        <translation>meetingkit guarda todo en un solo archivo de base de datos en esta computadora y no envía nada a ningún lado: sin cuenta, sin nube, sin telemetría.
Carpeta de datos: %1
Base de datos: %2 (%3)
Contiene: personas %4 · reuniones %5 · registros %6 · consentimientos dados %7.</translation>
    </message>
    <message>
        <source>Encryption is on: the file opens only with your passphrase, and Ctrl+L locks the screen until it is typed. Keep the passphrase safe: without it the data cannot be recovered.</source>
        <translation>El cifrado está activado: el archivo solo se abre con tu frase de contraseña, y Ctrl+L bloquea la pantalla hasta que la escribas. Guarda bien la frase de contraseña: sin ella no se pueden recuperar los datos.</translation>
    </message>
    <message>
        <source>Encryption is off: anyone who can read this computer&apos;s files — a lost or borrowed laptop — can read the names, contacts and attendance in it. Turn it on to protect it with a passphrase (and use full-disk encryption too).</source>
        <translation>El cifrado está desactivado: cualquiera que pueda leer los archivos de esta computadora — una laptop perdida o prestada — puede leer los nombres, contactos y asistencia que contiene. Actívalo para protegerlo con una frase de contraseña (y usa también el cifrado de disco completo).</translation>
    </message>
    <message>
        <source>Turn encryption &amp;off…</source>
        <translation>Desactivar el ci&amp;frado…</translation>
    </message>
    <message>
        <source>Turn encryption &amp;on…</source>
        <translation>Activar el ci&amp;frado…</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>cifrada</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>sin cifrar</translation>
    </message>
    <message>
        <source>Purge personal data</source>
        <translation>Depurar datos personales</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Depurar</translation>
    </message>
    <message>
        <source>purge the meeting</source>
        <translation>depurar la reunión</translation>
    </message>
    <message>
        <source>Export log</source>
        <translation>Registro de exportaciones</translation>
    </message>
    <message>
        <source>Re&amp;tention per meeting</source>
        <translation>Conservación por reu&amp;nión</translation>
    </message>
    <message>
        <source>E&amp;xport log (%1)</source>
        <translation>Registro de e&amp;xportaciones (%1)</translation>
    </message>
    <message>
        <source>Every file with people&apos;s names that meetingkit saved — attendance lists, Action Network uploads, follow-up calendars, call lists, facilitator&apos;s copies of a report — is listed here, newest first. The log itself keeps no names.</source>
        <translation>Aquí aparece cada archivo con nombres de personas que meetingkit guardó —listas de asistencia, cargas para Action Network, calendarios de seguimiento, listas de llamadas, copias del informe para quien facilita—, del más reciente al más antiguo. El registro en sí no guarda nombres.</translation>
    </message>
    <message>
        <source>Nothing has been exported yet.</source>
        <translation>Todavía no se ha exportado nada.</translation>
    </message>
    <message>
        <source>These files are out of meetingkit&apos;s reach: purging a meeting or forgetting a person does not change them. When someone asks to be forgotten, look for them in the files from meetings they came to, and in call lists and calendars made while they had a follow-up open; delete the files you no longer need.</source>
        <translation>Estos archivos están fuera del alcance de meetingkit: depurar una reunión u olvidar a una persona no los cambia. Cuando alguien pida que lo olviden, búscalo en los archivos de las reuniones a las que vino y en las listas de llamadas y calendarios hechos mientras tenía un seguimiento pendiente; elimina los archivos que ya no necesites.</translation>
    </message>
    <message numerus="yes">
        <source>Backups in the data folder&apos;s backups folder: %n, %1 in all.</source>
        <translation>
            <numerusform>Copias de seguridad en la carpeta backups de la carpeta de datos: %n, %1 en total.</numerusform>
            <numerusform>Copias de seguridad en la carpeta backups de la carpeta de datos: %n, %1 en total.</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest: %1, made %2 (%3).</source>
        <translation>La más reciente: %1, hecha el %2 (%3).</translation>
    </message>
    <message>
        <source>There is no backup in the data folder&apos;s backups folder.</source>
        <translation>No hay ninguna copia de seguridad en la carpeta backups de la carpeta de datos.</translation>
    </message>
    <message>
        <source>The last one saved elsewhere: %1, on %2.</source>
        <translation>La última guardada en otro lugar: %1, el %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them were made before encryption was turned on and are not encrypted.</source>
        <translation>
            <numerusform>%n de ellas se hizo antes de activar el cifrado y no está cifrada.</numerusform>
            <numerusform>%n de ellas se hicieron antes de activar el cifrado y no están cifradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backups folder also holds %n unfinished copies of the data, left hidden by a backup or restore that was stopped half-way, which are not encrypted.</source>
        <translation>
            <numerusform>La carpeta de copias de seguridad guarda además %n copia inacabada de los datos, oculta, que dejó una copia de seguridad o una restauración interrumpida a medias, y no está cifrada.</numerusform>
            <numerusform>La carpeta de copias de seguridad guarda además %n copias inacabadas de los datos, ocultas, que dejaron copias de seguridad o restauraciones interrumpidas a medias, y no están cifradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>meetingkit keeps the newest %1 backups it makes in that folder, and its safety backups (before a restore or a deletion) for %2 days, and deletes older ones there. Backups you save elsewhere or name yourself are never deleted.</source>
        <translation>meetingkit conserva las %1 copias de seguridad más recientes que hace en esa carpeta, y sus copias de resguardo (antes de una restauración o de eliminar algo) durante %2 días, y elimina allí las más viejas. Las copias que guardas en otro lugar o a las que pones tu propio nombre nunca se eliminan.</translation>
    </message>
    <message>
        <source>Backups hold the data as it was when they were made: forgetting a person or purging a meeting does not reach into them.</source>
        <translation>Las copias de seguridad guardan los datos tal como estaban cuando se hicieron: olvidar a una persona o depurar una reunión no las cambia.</translation>
    </message>
    <message>
        <source>Purge the personal data of “%1” (%2)? Who came, their sign-ins, answers and consents, turns, roles, cards and commitments are removed. Anonymous counts are kept. This cannot be undone.</source>
        <translation>¿Depurar los datos personales de “%1” (%2)? Se eliminan quién vino, sus registros, respuestas y consentimientos, turnos, roles, tarjetas y compromisos. Se conservan los recuentos anónimos. No se puede deshacer.</translation>
    </message>
    <message numerus="yes">
        <source>%n people who came into your directory at a meeting, with nothing else on record, are deleted from it.</source>
        <translation>
            <numerusform>%n persona que entró a tu directorio en una reunión, y no tiene nada más registrado, se borra de él.</numerusform>
            <numerusform>%n personas que entraron a tu directorio en una reunión, y no tienen nada más registrado, se borran de él.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n who were in your directory on their own (imported, or added by hand) stay.</source>
        <translation>
            <numerusform>%n que ya estaba en tu directorio por su cuenta (importada, o agregada a mano) se queda.</numerusform>
            <numerusform>%n que ya estaban en tu directorio por su cuenta (importadas, o agregadas a mano) se quedan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n linked to other meetings, groups or follow-ups stay too.</source>
        <translation>
            <numerusform>%n vinculada a otras reuniones, grupos o seguimientos también se queda.</numerusform>
            <numerusform>%n vinculadas a otras reuniones, grupos o seguimientos también se quedan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” now keeps only counts. %n people were deleted from the directory;</source>
        <translation>
            <numerusform>“%1” ahora solo conserva recuentos. Se borró %n persona del directorio;</numerusform>
            <numerusform>“%1” ahora solo conserva recuentos. Se borraron %n personas del directorio;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n are kept: linked to other meetings, groups or follow-ups, or in your directory on their own.</source>
        <translation>
            <numerusform>%n se conserva: está vinculada a otras reuniones, grupos o seguimientos, o estaba en tu directorio por su cuenta.</numerusform>
            <numerusform>%n se conservan: están vinculadas a otras reuniones, grupos o seguimientos, o estaban en tu directorio por su cuenta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purged</source>
        <translation>Datos depurados</translation>
    </message>
    <message>
        <source>“%1” was purged: meetingkit no longer shows or uses the personal data it held.</source>
        <translation>Se depuró “%1”: meetingkit ya no muestra ni usa los datos personales que tenía.</translation>
    </message>
    <message>
        <source>back up the data</source>
        <translation>hacer la copia de seguridad</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Copia de seguridad hecha</translation>
    </message>
    <message>
        <source>Saved and checked %1 (%2). It is encrypted with your passphrase.</source>
        <translation>Se guardó y verificó %1 (%2). Está cifrada con tu frase de contraseña.</translation>
    </message>
    <message>
        <source>Saved and checked %1 (%2). It is NOT encrypted: anyone who gets the file can read it, so keep it somewhere safe.</source>
        <translation>Se guardó y verificó %1 (%2). NO está cifrada: cualquiera que obtenga el archivo puede leerlo, así que guárdala en un lugar seguro.</translation>
    </message>
    <message>
        <source>restore the backup</source>
        <translation>restaurar la copia de seguridad</translation>
    </message>
    <message>
        <source>Replace all of meetingkit&apos;s data with the backup %1 (%2, %3)? The current data is saved first in %4. meetingkit closes afterwards; start it again to work with the restored data.</source>
        <translation>¿Reemplazar todos los datos de meetingkit por la copia de seguridad %1 (%2, %3)? Los datos actuales se guardan antes en %4. Después meetingkit se cierra; vuelve a iniciarlo para trabajar con los datos restaurados.</translation>
    </message>
    <message numerus="yes">
        <source>%n meetings</source>
        <translation>
            <numerusform>%n reunión</numerusform>
            <numerusform>%n reuniones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has %n people who are not in your current data: anyone you forgot since this backup was made comes back.</source>
        <translation>
            <numerusform>Tiene %n persona que no está en tus datos actuales: quien hayas olvidado desde que se hizo esta copia de seguridad vuelve.</numerusform>
            <numerusform>Tiene %n personas que no están en tus datos actuales: quien hayas olvidado desde que se hizo esta copia de seguridad vuelve.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Datos restaurados</translation>
    </message>
    <message>
        <source>The data is restored from %1. The data as it was is saved in %2. meetingkit closes now: start it again.</source>
        <translation>Los datos se restauraron desde %1. Los datos, tal como estaban, se guardaron en %2. meetingkit se cierra ahora: vuelve a iniciarlo.</translation>
    </message>
    <message>
        <source>This backup is encrypted. Type its passphrase.</source>
        <translation>Esta copia de seguridad está cifrada. Escribe su frase de contraseña.</translation>
    </message>
    <message>
        <source>That passphrase does not open the backup.</source>
        <translation>Esa frase de contraseña no abre la copia de seguridad.</translation>
    </message>
    <message>
        <source>Encryption is not installed</source>
        <translation>El cifrado no está instalado</translation>
    </message>
    <message>
        <source>Turn encryption off</source>
        <translation>Desactivar el cifrado</translation>
    </message>
    <message>
        <source>Close and decrypt</source>
        <translation>Cerrar y descifrar</translation>
    </message>
    <message>
        <source>The data will be stored without a passphrase. meetingkit closes now and decrypts the data when you start it again.</source>
        <translation>Los datos se guardarán sin frase de contraseña. meetingkit se cierra ahora y descifra los datos la próxima vez que lo inicies.</translation>
    </message>
    <message>
        <source>Turn encryption on</source>
        <translation>Activar el cifrado</translation>
    </message>
    <message>
        <source>Close and encrypt</source>
        <translation>Cerrar y cifrar</translation>
    </message>
    <message>
        <source>meetingkit encrypts its data while it starts, so it closes now. Start it again and choose a passphrase: you will need it every time meetingkit starts, and nobody can recover the data without it. Stop sign-in first if it is open. Backups made before stay unencrypted.</source>
        <translation>meetingkit cifra sus datos al iniciarse, así que ahora se cierra. Vuelve a iniciarlo y elige una frase de contraseña: la necesitarás cada vez que meetingkit se inicie, y nadie podrá recuperar los datos sin ella. Si el registro está abierto, ciérralo primero. Las copias de seguridad hechas antes siguen sin cifrar.</translation>
    </message>
    <message>
        <source>ask for the change</source>
        <translation>pedir el cambio</translation>
    </message>
    <message>
        <source>meetingkit changes the passphrase while it starts, so it closes now. Start it again, type the current passphrase, then choose the new one: from then on only the new one opens the data. Stop sign-in first if it is open. Backups made before keep the old passphrase.</source>
        <translation>meetingkit cambia la frase de contraseña al iniciarse, así que ahora se cierra. Vuelve a iniciarlo, escribe la frase de contraseña actual y después elige la nueva: a partir de entonces solo la nueva abre los datos. Si el registro está abierto, detenlo primero. Las copias de seguridad hechas antes conservan la frase de contraseña anterior.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Close and change</source>
        <translation>Cerrar y cambiar</translation>
    </message>
    <message>
        <source>delete the unencrypted backups</source>
        <translation>eliminar las copias de seguridad sin cifrar</translation>
    </message>
    <message>
        <source>Unencrypted backups deleted</source>
        <translation>Copias de seguridad sin cifrar eliminadas</translation>
    </message>
</context>
<context>
    <name>ProfessionBars</name>
    <message>
        <source>Professions: last meeting and all meetings</source>
        <translation>Profesiones: última reunión y todas las reuniones</translation>
    </message>
    <message>
        <source>No meetings held yet.</source>
        <translation>Todavía no se ha realizado ninguna reunión.</translation>
    </message>
    <message>
        <source>last meeting</source>
        <translation>última reunión</translation>
    </message>
    <message>
        <source>last meeting (%1)</source>
        <translation>última reunión (%1)</translation>
    </message>
    <message>
        <source>all meetings</source>
        <translation>todas las reuniones</translation>
    </message>
    <message>
        <source>A full bar is %1 of the people.</source>
        <translation>Una barra llena es el %1 de las personas.</translation>
    </message>
</context>
<context>
    <name>ProjectorControl</name>
    <message>
        <source>Pro&amp;jector window</source>
        <translation>&amp;Ventana del proyector</translation>
    </message>
    <message>
        <source>A second window in large type for the room</source>
        <translation>Una segunda ventana con letra grande para la sala</translation>
    </message>
    <message>
        <source>Show airtime &amp;bars on the projector</source>
        <translation>Mostrar barras de &amp;tiempo de palabra en el proyector</translation>
    </message>
    <message>
        <source>Large t&amp;ype on the projector</source>
        <translation>Letra grande en el pro&amp;yector</translation>
    </message>
    <message>
        <source>Everything on the projector half as large again, for the back of a hall</source>
        <translation>Todo en el proyector una vez y media más grande, para que se lea desde el fondo de un salón</translation>
    </message>
    <message>
        <source>The projector was closed with its meeting.</source>
        <translation>Se cerró el proyector junto con su reunión.</translation>
    </message>
    <message>
        <source>The projector is full screen on the second screen.</source>
        <translation>El proyector está en pantalla completa en la segunda pantalla.</translation>
    </message>
    <message>
        <source>The projector opened in a window: no second screen, or it mirrors this one. Extend the desktop instead.</source>
        <translation>El proyector se abrió en una ventana: no hay segunda pantalla, o duplica esta. Extiende el escritorio en su lugar.</translation>
    </message>
    <message>
        <source>The projector&apos;s screen is gone: its window is on this screen now, and goes back full screen when a second screen is plugged in.</source>
        <translation>Se desconectó la pantalla del proyector: su ventana está ahora en esta pantalla y vuelve a pantalla completa cuando conectes una segunda pantalla.</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>meetingkit — projector</source>
        <translation>meetingkit — proyector</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Proyector</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Punto de la agenda</translation>
    </message>
    <message>
        <source>Time left on the agenda item</source>
        <translation>Tiempo restante del punto de la agenda</translation>
    </message>
    <message>
        <source>Speaking now</source>
        <translation>Tiene la palabra</translation>
    </message>
    <message>
        <source>Time left in this turn</source>
        <translation>Tiempo restante de este turno</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Next on the stack</source>
        <translation>Siguientes en la lista de palabra</translation>
    </message>
    <message>
        <source>Stack closed for this item</source>
        <translation>Lista de palabra cerrada para este punto</translation>
    </message>
    <message>
        <source>The floor is open</source>
        <translation>La palabra está abierta</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Sigue: %1</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 más</translation>
    </message>
    <message>
        <source>Nobody is waiting to speak</source>
        <translation>Nadie espera para hablar</translation>
    </message>
    <message>
        <source>Round %1 of %2</source>
        <translation>Ronda %1 de %2</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
No se encontró el archivo.
Revisa que el nombre del archivo sea correcto.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
No se encontró la carpeta.
Revisa que el nombre de la carpeta sea correcto.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>El archivo %1 ya existe.
¿Quieres reemplazarlo?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» está protegido contra escritura.
¿Quieres eliminarlo de todas formas?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>¿Seguro que quieres eliminar «%1»?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>No se pudo eliminar la carpeta.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Mostrar los arc&amp;hivos ocultos</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Ir a la carpeta superior</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Carpeta superior</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Cambiar a vista de lista</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Carpetas</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Mi computadora</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Computadora</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Mi computadora</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Nombre de archivo no válido</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; can not be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuations marks.</source>
        <translation>&lt;b&gt;No se puede usar el nombre «%1».&lt;/b&gt;&lt;p&gt;Prueba otro nombre, con menos caracteres o sin signos de puntuación.</translation>
    </message>
</context>
<context>
    <name>RecordCardDialog</name>
    <message>
        <source>Record a commitment card</source>
        <translation>Registrar una tarjeta de compromiso</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Tarjeta %1</translation>
    </message>
    <message>
        <source>I commit to:</source>
        <translation>Me comprometo a:</translation>
    </message>
    <message>
        <source>Also recorded:</source>
        <translation>También registrado:</translation>
    </message>
    <message>
        <source>No longer offered on the cards: kept as recorded, with their follow-up.</source>
        <translation>Ya no se ofrecen en las tarjetas: se conservan tal como se registraron, con su seguimiento.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source> hours a week</source>
        <translation> horas por semana</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Horas por semana</translation>
    </message>
    <message>
        <source>Hours a week:</source>
        <translation>Horas por semana:</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Left blank</source>
        <translation>En blanco</translation>
    </message>
    <message>
        <source>May we contact them?</source>
        <translation>¿Podemos contactar a la persona?</translation>
    </message>
    <message>
        <source>Delete follow-up</source>
        <translation>Eliminar seguimiento</translation>
    </message>
    <message numerus="yes">
        <source>Recording the card like this deletes %n of %1&apos;s commitments, and their follow-up status and notes go with them:

%2

Cancel to go back to the card and tick them again.</source>
        <translation>
            <numerusform>Registrar la tarjeta así elimina %n de los compromisos de %1, y con él se borran su estado de seguimiento y sus notas:

%2

Presiona Cancelar para volver a la tarjeta y marcarlo de nuevo.</numerusform>
            <numerusform>Registrar la tarjeta así elimina %n de los compromisos de %1, y con ellos se borran su estado de seguimiento y sus notas:

%2

Presiona Cancelar para volver a la tarjeta y marcarlos de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>“%1” — %2</source>
        <translation>“%1” — %2</translation>
    </message>
    <message>
        <source>“%1” — %2, notes: “%3”</source>
        <translation>“%1” — %2, notas: “%3”</translation>
    </message>
</context>
<context>
    <name>RecordedModel</name>
    <message>
        <source>card</source>
        <translation>tarjeta</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>app</source>
        <translation>app</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Committed to</source>
        <translation>Se comprometió a</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Consensus</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Modified consensus</source>
        <translation>Consenso modificado</translation>
    </message>
    <message>
        <source>Majority vote</source>
        <translation>Votación por mayoría</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Votación</translation>
    </message>
    <message>
        <source> (%1% needed)</source>
        <translation> (se necesitaba %1%)</translation>
    </message>
    <message>
        <source>%1 for, %2 against, %3 abstaining</source>
        <translation>%1 a favor, %2 en contra, %3 abstenciones</translation>
    </message>
    <message>
        <source> (%1% support)</source>
        <translation> (%1% de apoyo)</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Nobody was marked present at this meeting.</source>
        <translation>Nadie quedó marcado como presente en esta reunión.</translation>
    </message>
    <message>
        <source>No agenda was recorded for this meeting.</source>
        <translation>No se registró ninguna agenda para esta reunión.</translation>
    </message>
    <message>
        <source>The meeting was not run with the agenda clock: no times.</source>
        <translation>La reunión no se realizó con el reloj de la agenda: no hay tiempos.</translation>
    </message>
    <message>
        <source>No decisions were recorded.</source>
        <translation>No se registraron decisiones.</translation>
    </message>
    <message>
        <source>No speaking time was recorded.</source>
        <translation>No se registró tiempo de palabra.</translation>
    </message>
    <message>
        <source>Every group is too small to show without singling someone out.</source>
        <translation>Todos los grupos son demasiado pequeños para mostrarlos sin señalar a alguien.</translation>
    </message>
    <message>
        <source>No commitments were recorded.</source>
        <translation>No se registraron compromisos.</translation>
    </message>
    <message>
        <source>Facilitator copy — do not share</source>
        <translation>Copia para quien facilita — no compartir</translation>
    </message>
    <message>
        <source>This copy shows how long each person spoke and who committed to what. Keep it with the facilitation team; hand out the copy without per-person airtime instead.</source>
        <translation>Esta copia muestra cuánto habló cada persona y quién se comprometió a qué. Guárdala en el equipo de facilitación; para repartir, usa la copia sin tiempo de palabra por persona.</translation>
    </message>
    <message>
        <source>meeting time so far (planned %1)</source>
        <translation>tiempo de reunión hasta ahora (previsto: %1)</translation>
    </message>
    <message>
        <source>meeting time (planned %1)</source>
        <translation>tiempo de reunión (previsto: %1)</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>asistieron</translation>
    </message>
    <message>
        <source>came for the first time</source>
        <translation>por primera vez</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decisión</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>decisiones</translation>
    </message>
    <message>
        <source>people made commitments</source>
        <translation>con compromisos</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 persona</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 personas</translation>
    </message>
    <message>
        <source>1 turn</source>
        <translation>1 turno</translation>
    </message>
    <message>
        <source>%1 turns</source>
        <translation>%1 turnos</translation>
    </message>
    <message>
        <source>1 commitment</source>
        <translation>1 compromiso</translation>
    </message>
    <message>
        <source>%1 commitments</source>
        <translation>%1 compromisos</translation>
    </message>
    <message>
        <source>Names purged on %1: this report shows only the anonymous counts kept. Who came, who spoke and who committed to what are gone; professions and groups of fewer than %2 people are combined or left out.</source>
        <translation>Nombres depurados el %1: este informe muestra solo los recuentos anónimos que se conservaron. Ya no está quién vino, quién habló ni quién se comprometió a qué; las profesiones y los grupos de menos de %2 personas se combinan o se omiten.</translation>
    </message>
    <message>
        <source>Names purged on %1: this report shows only the anonymous counts kept. Who came, who spoke and who committed to what are gone.</source>
        <translation>Nombres depurados el %1: este informe muestra solo los recuentos anónimos que se conservaron. Ya no está quién vino, quién habló ni quién se comprometió a qué.</translation>
    </message>
    <message>
        <source>1 person attended; %2 came for the first time (%3).</source>
        <translation>Asistió 1 persona; por primera vez: %2 (%3).</translation>
    </message>
    <message>
        <source>%1 people attended; %2 came for the first time (%3).</source>
        <translation>Asistieron %1 personas; por primera vez: %2 (%3).</translation>
    </message>
    <message>
        <source>1 person attended; nobody came for the first time.</source>
        <translation>Asistió 1 persona; nadie vino por primera vez.</translation>
    </message>
    <message>
        <source>%1 people attended; nobody came for the first time.</source>
        <translation>Asistieron %1 personas; nadie vino por primera vez.</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>a tiempo</translation>
    </message>
    <message>
        <source>not reached yet</source>
        <translation>aún sin tratar</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>sin tratar</translation>
    </message>
    <message>
        <source>The over/under total is on the items reached so far: the 1 not reached yet (%2 planned) is left out.</source>
        <translation>La diferencia total cuenta solo los puntos tratados hasta ahora: queda fuera el punto aún sin tratar (%2 previstos).</translation>
    </message>
    <message>
        <source>The over/under total is on the items reached so far: the %1 not reached yet (%2 planned) are left out.</source>
        <translation>La diferencia total cuenta solo los puntos tratados hasta ahora: quedan fuera los %1 puntos aún sin tratar (%2 previstos).</translation>
    </message>
    <message>
        <source>The over/under total is on the items reached: the 1 not reached (%2 planned) is left out.</source>
        <translation>La diferencia total cuenta solo los puntos tratados: queda fuera el punto sin tratar (%2 previstos).</translation>
    </message>
    <message>
        <source>The over/under total is on the items reached: the %1 not reached (%2 planned) are left out.</source>
        <translation>La diferencia total cuenta solo los puntos tratados: quedan fuera los %1 puntos sin tratar (%2 previstos).</translation>
    </message>
    <message>
        <source>From its start the meeting has taken %1 (planned: %2); the table counts time on items only.</source>
        <translation>Desde su inicio, la reunión lleva %1 (previsto: %2); la tabla cuenta solo el tiempo dedicado a los puntos.</translation>
    </message>
    <message>
        <source>From its start the meeting took %1 (planned: %2); the table counts time on items only.</source>
        <translation>Desde su inicio, la reunión duró %1 (previsto: %2); la tabla cuenta solo el tiempo dedicado a los puntos.</translation>
    </message>
    <message>
        <source>%1 of speaking time in %2 by %3. Each profession&apos;s share of the time next to its share of the people in the room:</source>
        <translation>%1 de tiempo de palabra en %2, entre %3. La parte del tiempo de cada profesión junto a su parte de las personas en la sala:</translation>
    </message>
    <message>
        <source>Airtime by the groups people gave</source>
        <translation>Tiempo de palabra por los grupos que las personas indicaron</translation>
    </message>
    <message>
        <source>No group can be shown without singling someone out.</source>
        <translation>Ningún grupo se puede mostrar sin señalar a alguien.</translation>
    </message>
    <message>
        <source>The groups people chose to give for themselves: each group&apos;s share of the speaking time next to its share of the people in the room.</source>
        <translation>Los grupos que las personas eligieron indicar por sí mismas: la parte del tiempo de palabra de cada grupo junto a su parte de las personas en la sala.</translation>
    </message>
    <message>
        <source>Someone can be in several of these groups, or in none, so the shares do not add up to 100%.</source>
        <translation>Alguien puede estar en varios de estos grupos, o en ninguno, así que los porcentajes no suman 100%.</translation>
    </message>
    <message>
        <source>Spoke well beyond their share of the room</source>
        <translation>Hablaron mucho más que su parte de la sala</translation>
    </message>
    <message>
        <source>Spoke well below their share of the room</source>
        <translation>Hablaron mucho menos que su parte de la sala</translation>
    </message>
    <message>
        <source>Groups of at least %1 people, as counted when the names were purged.</source>
        <translation>Grupos de al menos %1 personas, según el recuento hecho al depurar los nombres.</translation>
    </message>
    <message>
        <source>A group is shown only when at least %1 people present gave it, so that nobody is singled out; smaller groups are left out, not combined.</source>
        <translation>Un grupo se muestra solo si al menos %1 personas presentes lo indicaron, para no señalar a nadie; los grupos más pequeños se dejan fuera, sin combinarlos.</translation>
    </message>
    <message>
        <source>1 group is left out: it has too few people, or shown with the others it would let someone&apos;s speaking time be worked out.</source>
        <translation>Se deja fuera 1 grupo: tiene muy pocas personas o, mostrado junto a los demás, permitiría calcular el tiempo de palabra de alguien.</translation>
    </message>
    <message>
        <source>%1 groups are left out: they have too few people, or shown with the others they would let someone&apos;s speaking time be worked out.</source>
        <translation>Se dejan fuera %1 grupos: tienen muy pocas personas o, mostrados junto a los demás, permitirían calcular el tiempo de palabra de alguien.</translation>
    </message>
    <message>
        <source>1 smaller group is left out.</source>
        <translation>Se deja fuera 1 grupo más pequeño.</translation>
    </message>
    <message>
        <source>%1 smaller groups are left out.</source>
        <translation>Se dejan fuera %1 grupos más pequeños.</translation>
    </message>
    <message>
        <source>The facilitator copy keeps this rule: a group someone gave can say something sensitive about them.</source>
        <translation>La copia para quien facilita también sigue esta regla: un grupo que alguien indicó puede decir algo delicado sobre esa persona.</translation>
    </message>
    <message>
        <source>Professions of at least %1 people, as counted when the names were purged.</source>
        <translation>Profesiones de al menos %1 personas, según el recuento hecho al depurar los nombres.</translation>
    </message>
    <message>
        <source>First-timers: %1 of the room, %2 of the time.</source>
        <translation>Personas nuevas: %1 de la sala, %2 del tiempo.</translation>
    </message>
    <message>
        <source>%1 (%2 of the room, %3 of the time)</source>
        <translation>%1 (%2 de la sala, %3 del tiempo)</translation>
    </message>
    <message>
        <source>Facilitator copy: every profession is shown, however small.</source>
        <translation>Copia para quien facilita: se muestra cada profesión, por pequeña que sea.</translation>
    </message>
    <message>
        <source>Professions with fewer than %1 people present are combined, so that nobody is singled out.</source>
        <translation>Las profesiones con menos de %1 personas presentes se combinan para no señalar a nadie.</translation>
    </message>
    <message>
        <source>meeting time until it was left open (planned %1)</source>
        <translation>tiempo de reunión hasta que quedó abierta (previsto: %1)</translation>
    </message>
    <message>
        <source>person made commitments</source>
        <translation>con compromisos</translation>
    </message>
    <message>
        <source>The meeting was never ended: from its start to the last thing recorded, at %3, it took %1 (planned: %2); the table counts time on items only.</source>
        <translation>La reunión nunca se terminó: desde su inicio hasta lo último registrado, a las %3, duró %1 (previsto: %2); la tabla cuenta solo el tiempo dedicado a los puntos.</translation>
    </message>
    <message>
        <source>Groups too small to show had %1 of the speaking time.</source>
        <translation>Los grupos demasiado pequeños para mostrarlos tuvieron %1 del tiempo de palabra.</translation>
    </message>
    <message>
        <source>1 person in smaller groups is left out of the chart: even combined they are fewer than %2.</source>
        <translation>1 persona de grupos más pequeños queda fuera del gráfico: aun combinados son menos de %2.</translation>
    </message>
    <message>
        <source>%1 people in smaller groups are left out of the chart: even combined they are fewer than %2.</source>
        <translation>%1 personas de grupos más pequeños quedan fuera del gráfico: aun combinados son menos de %2.</translation>
    </message>
    <message>
        <source>1 profession with enough people is combined with the smaller ones: otherwise their speaking time could be worked out from the total.</source>
        <translation>1 profesión con suficientes personas se combina con las más pequeñas: si no, su tiempo de palabra se podría calcular a partir del total.</translation>
    </message>
    <message>
        <source>%1 professions with enough people are combined with the smaller ones: otherwise their speaking time could be worked out from the total.</source>
        <translation>%1 profesiones con suficientes personas se combinan con las más pequeñas: si no, su tiempo de palabra se podría calcular a partir del total.</translation>
    </message>
    <message>
        <source>1 commitment was made.</source>
        <translation>Se hizo 1 compromiso.</translation>
    </message>
    <message>
        <source>%1 commitments were made.</source>
        <translation>Se hicieron %1 compromisos.</translation>
    </message>
    <message>
        <source>1 person made %2.</source>
        <translation>1 persona hizo %2.</translation>
    </message>
    <message>
        <source>%1 people made %2.</source>
        <translation>%1 personas hicieron %2.</translation>
    </message>
    <message>
        <source>1 open</source>
        <translation>1 pendiente</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 pendientes</translation>
    </message>
    <message>
        <source>1 reached</source>
        <translation>1 contactado</translation>
    </message>
    <message>
        <source>%1 reached</source>
        <translation>%1 contactados</translation>
    </message>
    <message>
        <source>1 done</source>
        <translation>1 hecho</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 hechos</translation>
    </message>
    <message>
        <source>1 declined</source>
        <translation>1 rechazado</translation>
    </message>
    <message>
        <source>%1 declined</source>
        <translation>%1 rechazados</translation>
    </message>
    <message>
        <source>1 lapsed</source>
        <translation>1 caducado</translation>
    </message>
    <message>
        <source>%1 lapsed</source>
        <translation>%1 caducados</translation>
    </message>
    <message>
        <source>Commitment cards: %1 handed out, %2 handed back.</source>
        <translation>Tarjetas de compromiso: %1 repartidas, %2 devueltas.</translation>
    </message>
    <message>
        <source>Hours a week offered: %1 in all, from %2.</source>
        <translation>Horas por semana ofrecidas: %1 en total, de %2.</translation>
    </message>
    <message>
        <source>Follow-ups: %1.</source>
        <translation>Seguimientos: %1.</translation>
    </message>
    <message>
        <source>1 move on the stack</source>
        <translation>1 movimiento en la lista</translation>
    </message>
    <message>
        <source>%1 moves on the stack</source>
        <translation>%1 movimientos en la lista</translation>
    </message>
    <message>
        <source>1 re-sort by the rule</source>
        <translation>1 reordenación según la regla</translation>
    </message>
    <message>
        <source>%1 re-sorts by the rule</source>
        <translation>%1 reordenaciones según la regla</translation>
    </message>
    <message>
        <source>1 speaker called ahead of the stack</source>
        <translation>1 persona llamada antes de su turno</translation>
    </message>
    <message>
        <source>%1 speakers called ahead of the stack</source>
        <translation>%1 personas llamadas antes de su turno</translation>
    </message>
    <message>
        <source>1 direct response refused</source>
        <translation>1 respuesta directa rechazada</translation>
    </message>
    <message>
        <source>%1 direct responses refused</source>
        <translation>%1 respuestas directas rechazadas</translation>
    </message>
    <message>
        <source>1 person taken off the stack</source>
        <translation>1 persona quitada de la lista de palabra</translation>
    </message>
    <message>
        <source>%1 people taken off the stack</source>
        <translation>%1 personas quitadas de la lista de palabra</translation>
    </message>
    <message>
        <source>1 put back on the stack</source>
        <translation>1 devuelta a la lista de palabra</translation>
    </message>
    <message>
        <source>%1 put back on the stack</source>
        <translation>%1 devueltas a la lista de palabra</translation>
    </message>
    <message>
        <source>the stack closed once</source>
        <translation>la lista cerrada una vez</translation>
    </message>
    <message>
        <source>the stack closed %1 times</source>
        <translation>la lista cerrada %1 veces</translation>
    </message>
    <message>
        <source>reopened once</source>
        <translation>reabierta una vez</translation>
    </message>
    <message>
        <source>reopened %1 times</source>
        <translation>reabierta %1 veces</translation>
    </message>
    <message>
        <source>1 other change</source>
        <translation>1 cambio más</translation>
    </message>
    <message>
        <source>%1 other changes</source>
        <translation>%1 cambios más</translation>
    </message>
    <message>
        <source>The floor&apos;s log and its turns were removed with the names.</source>
        <translation>La bitácora de la palabra y sus turnos se eliminaron junto con los nombres.</translation>
    </message>
    <message>
        <source>Nobody changed the stack by hand.</source>
        <translation>Nadie cambió la lista de palabra a mano.</translation>
    </message>
    <message>
        <source>Changes to the stack by hand: %1.</source>
        <translation>Cambios manuales en la lista de palabra: %1.</translation>
    </message>
</context>
<context>
    <name>Report PDF</name>
    <message>
        <source>Meeting report · facilitator copy</source>
        <translation>Informe de la reunión · copia para quien facilita</translation>
    </message>
    <message>
        <source>Meeting report</source>
        <translation>Informe de la reunión</translation>
    </message>
    <message>
        <source>Meeting report — %1</source>
        <translation>Informe de la reunión — %1</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>PROFESSION</source>
        <translation>PROFESIÓN</translation>
    </message>
    <message>
        <source>PEOPLE</source>
        <translation>PERSONAS</translation>
    </message>
    <message>
        <source>SHARE</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Agenda: planned and actual time</source>
        <translation>Agenda: tiempo previsto y real</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>PROPOSAL</source>
        <translation>PROPUESTA</translation>
    </message>
    <message>
        <source>HOW</source>
        <translation>CÓMO</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>RESULTADO</translation>
    </message>
    <message>
        <source>Stand-asides: %1</source>
        <translation>Se hacen a un lado: %1</translation>
    </message>
    <message>
        <source>Blocks: %1</source>
        <translation>Bloqueos: %1</translation>
    </message>
    <message>
        <source>Temperature checks</source>
        <translation>Sondeos</translation>
    </message>
    <message>
        <source>Airtime by profession</source>
        <translation>Tiempo de palabra por profesión</translation>
    </message>
    <message>
        <source>PERSON</source>
        <translation>PERSONA</translation>
    </message>
    <message>
        <source>TURNS</source>
        <translation>TURNOS</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIEMPO</translation>
    </message>
    <message>
        <source>Airtime per person (facilitator copy)</source>
        <translation>Tiempo de palabra por persona (copia para quien facilita)</translation>
    </message>
    <message>
        <source>The stack: its rule and changes by hand</source>
        <translation>La lista de palabra: su regla y los cambios manuales</translation>
    </message>
    <message>
        <source>LOGGED</source>
        <translation>REGISTRADO</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>ON THE CARDS</source>
        <translation>EN LAS TARJETAS</translation>
    </message>
    <message>
        <source>COMMITTED TO</source>
        <translation>SE COMPROMETIÓ A</translation>
    </message>
    <message>
        <source>FOLLOW-UP</source>
        <translation>SEGUIMIENTO</translation>
    </message>
    <message>
        <source>Who committed to what (facilitator copy)</source>
        <translation>Quién se comprometió a qué (copia para quien facilita)</translation>
    </message>
</context>
<context>
    <name>ReportTab</name>
    <message>
        <source>Facilitator copy (per-person airtime)</source>
        <translation>Copia para quien facilita (tiempo por persona)</translation>
    </message>
    <message>
        <source>Adds how long each person spoke and who committed to what. Marked “do not share”: keep it with the facilitation team.</source>
        <translation>Agrega cuánto habló cada persona y quién se comprometió a qué. Lleva la marca “no compartir”: guárdala dentro del equipo de facilitación.</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>Imprimir informe…</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profesión</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>Attendance by profession</source>
        <translation>Asistencia por profesión</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Over / under</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Planned and actual time</source>
        <translation>Tiempo previsto y real</translation>
    </message>
    <message>
        <source>Agenda: planned and actual time</source>
        <translation>Agenda: tiempo previsto y real</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Airtime by profession</source>
        <translation>Tiempo de palabra por profesión</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Airtime per person</source>
        <translation>Tiempo de palabra por persona</translation>
    </message>
    <message>
        <source>On the cards</source>
        <translation>En las tarjetas</translation>
    </message>
    <message>
        <source>Commitments by option</source>
        <translation>Compromisos por opción</translation>
    </message>
    <message>
        <source>Committed to</source>
        <translation>Se comprometió a</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Who committed to what</source>
        <translation>Quién se comprometió a qué</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>The floor&apos;s log</source>
        <translation>Bitácora de la palabra</translation>
    </message>
    <message>
        <source>The stack: its rule and changes by hand</source>
        <translation>La lista de palabra: su regla y los cambios manuales</translation>
    </message>
    <message>
        <source>show the report</source>
        <translation>mostrar el informe</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Stand-asides: %1</source>
        <translation>Se hacen a un lado: %1</translation>
    </message>
    <message>
        <source>Blocks: %1</source>
        <translation>Bloqueos: %1</translation>
    </message>
    <message>
        <source>Temperature checks:</source>
        <translation>Sondeos:</translation>
    </message>
    <message>
        <source>Save the facilitator copy of the report as PDF</source>
        <translation>Guardar como PDF la copia del informe para quien facilita</translation>
    </message>
    <message>
        <source>Save the meeting report as PDF</source>
        <translation>Guardar el informe de la reunión como PDF</translation>
    </message>
    <message>
        <source>make the report</source>
        <translation>generar el informe</translation>
    </message>
    <message>
        <source>Saved %1 — opening it in your PDF viewer.</source>
        <translation>Se guardó %1; se está abriendo en tu visor de PDF.</translation>
    </message>
    <message>
        <source>Saved %1. Open it in a PDF viewer to print it.</source>
        <translation>Se guardó %1. Ábrelo en un visor de PDF para imprimirlo.</translation>
    </message>
</context>
<context>
    <name>RestorePath</name>
    <message>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <source>Restore meetingkit&apos;s data from a backup</source>
        <translation>Restaurar los datos de meetingkit desde una copia de seguridad</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Keep personal data between 1 and %1 days after the meeting.</source>
        <translation>Conserva los datos personales entre 1 y %1 días después de la reunión.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Keep personal data</source>
        <translation>Conservar datos personales</translation>
    </message>
    <message>
        <source>How long “%1” keeps who came, their sign-ins and commitments. After that meetingkit removes them as it starts, keeping only anonymous counts.</source>
        <translation>Cuánto tiempo conserva “%1” quién vino, sus registros y compromisos. Pasado ese plazo, meetingkit los elimina al iniciarse y conserva solo recuentos anónimos.</translation>
    </message>
    <message numerus="yes">
        <source>How long each of the %n selected meetings keeps who came, their sign-ins and commitments, counted from its own date. After that meetingkit removes them as it starts, keeping only anonymous counts.</source>
        <translation>
            <numerusform>Cuánto tiempo conserva la reunión seleccionada quién vino, sus registros y compromisos, contado desde su fecha. Pasado ese plazo, meetingkit los elimina al iniciarse y conserva solo recuentos anónimos.</numerusform>
            <numerusform>Cuánto tiempo conserva cada una de las %n reuniones seleccionadas quién vino, sus registros y compromisos, contado desde su propia fecha. Pasado ese plazo, meetingkit los elimina al iniciarse y conserva solo recuentos anónimos.</numerusform>
        </translation>
    </message>
    <message>
        <source>until I purge it</source>
        <translation>hasta que los depure</translation>
    </message>
    <message>
        <source> days after the meeting</source>
        <translation> días después de la reunión</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Conservar:</translation>
    </message>
</context>
<context>
    <name>RetentionModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Datos personales</translation>
    </message>
    <message>
        <source>Purged %1: only counts are kept</source>
        <translation>Depurados el %1: solo se conservan recuentos</translation>
    </message>
    <message>
        <source>Kept until you purge it</source>
        <translation>Se conservan hasta que los depures</translation>
    </message>
    <message numerus="yes">
        <source>Kept until %1 (%n days after)</source>
        <translation>
            <numerusform>Se conservan hasta el %1 (%n día después)</numerusform>
            <numerusform>Se conservan hasta el %1 (%n días después)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionTable</name>
    <message>
        <source>Retention per meeting</source>
        <translation>Conservación por reunión</translation>
    </message>
    <message>
        <source>&amp;Keep personal data for…</source>
        <translation>&amp;Conservar los datos personales durante…</translation>
    </message>
    <message>
        <source>Personal data of a meeting — who came, their sign-in answers and consents, turns, roles, cards and commitments — can be purged on a date you choose, keeping only anonymous counts and airtime by group. meetingkit purges when it starts.</source>
        <translation>Los datos personales de una reunión — quién vino, sus respuestas de registro y consentimientos, turnos, roles, tarjetas y compromisos — se pueden depurar en la fecha que elijas, conservando solo recuentos anónimos y el tiempo de palabra por grupo. meetingkit depura al iniciarse.</translation>
    </message>
    <message numerus="yes">
        <source>%n meetings are past their retention: meetingkit purges them the next time it starts.</source>
        <translation>
            <numerusform>Una reunión ya pasó su plazo de conservación: meetingkit la depura la próxima vez que se inicie.</numerusform>
            <numerusform>%n reuniones ya pasaron su plazo de conservación: meetingkit las depura la próxima vez que se inicie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next purge: “%1” on %2.</source>
        <translation>Próxima depuración: “%1” el %2.</translation>
    </message>
    <message>
        <source>No purge is planned.</source>
        <translation>No hay ninguna depuración programada.</translation>
    </message>
    <message numerus="yes">
        <source>%n meetings are kept until you purge them: select several (Ctrl+A selects all) to set them at once.</source>
        <translation>
            <numerusform>Una reunión se conserva hasta que la depures.</numerusform>
            <numerusform>%n reuniones se conservan hasta que las depures: selecciona varias (Ctrl+A las selecciona todas) para fijarles un plazo de una vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>New meetings keep it until you purge them; Edit › Settings… can give them a number of days.</source>
        <translation>Las reuniones nuevas los conservan hasta que las depures; en Editar › Configuración… puedes darles un número de días.</translation>
    </message>
    <message numerus="yes">
        <source>New meetings keep it %n days after their date (Edit › Settings…).</source>
        <translation>
            <numerusform>Las reuniones nuevas los conservan %n día después de su fecha (Editar › Configuración…).</numerusform>
            <numerusform>Las reuniones nuevas los conservan %n días después de su fecha (Editar › Configuración…).</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep personal data</source>
        <translation>Conservar datos personales</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>set how long the meeting keeps personal data</source>
        <translation>fijar cuánto tiempo conserva la reunión los datos personales</translation>
    </message>
    <message numerus="yes">
        <source>Keep the personal data of the %n selected meetings until you purge it? No purge is planned for them then.</source>
        <translation>
            <numerusform>¿Conservar los datos personales de la reunión seleccionada hasta que los depures? Entonces no queda ninguna depuración planificada para ella.</numerusform>
            <numerusform>¿Conservar los datos personales de las %n reuniones seleccionadas hasta que los depures? Entonces no queda ninguna depuración planificada para ellas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep the personal data of the %n selected meetings until %1 days after each one&apos;s date?</source>
        <translation>
            <numerusform>¿Conservar los datos personales de la reunión seleccionada hasta %1 días después de su fecha?</numerusform>
            <numerusform>¿Conservar los datos personales de las %n reuniones seleccionadas hasta %1 días después de la fecha de cada una?</numerusform>
        </translation>
    </message>
    <message>
        <source>It is older than that: meetingkit purges its personal data the next time it starts, keeping only anonymous counts.</source>
        <translation>Ya pasó ese plazo: meetingkit depura sus datos personales la próxima vez que se inicie y conserva solo recuentos anónimos.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them are older than that: meetingkit purges their personal data the next time it starts, keeping only anonymous counts.</source>
        <translation>
            <numerusform>Una de ellas ya pasó ese plazo: meetingkit depura sus datos personales la próxima vez que se inicie y conserva solo recuentos anónimos.</numerusform>
            <numerusform>%n de ellas ya pasaron ese plazo: meetingkit depura sus datos personales la próxima vez que se inicie y conserva solo recuentos anónimos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already purged are left as they are.</source>
        <translation>
            <numerusform>Una ya depurada se queda como está.</numerusform>
            <numerusform>%n ya depuradas se quedan como están.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Role cards</name>
    <message>
        <source>Call time 5 minutes before each item ends (the agenda had no items when this card was printed).</source>
        <extracomment>The Floor tab&apos;s keys to put someone on the stack (ui/floor_tab.py ADD_KEYS, in its order). The timekeeper&apos;s first line on a card printed while the agenda has no items: no times follow it.</extracomment>
        <translation>Avisa del tiempo 5 minutos antes de que termine cada punto (la agenda no tenía puntos cuando se imprimió esta tarjeta).</translation>
    </message>
    <message>
        <source>%1 go ahead of the stack, in that order. The facilitator may refuse a direct response (R).</source>
        <translation>%1 pasan antes de la lista de palabra, en ese orden. Quien facilita puede rechazar una respuesta directa (R).</translation>
    </message>
    <message>
        <source>The stack&apos;s order: %1. N gives the floor to the next.</source>
        <translation>Orden de la lista de palabra: %1. N le da la palabra a la siguiente persona.</translation>
    </message>
    <message>
        <source>Tell the room the stack&apos;s order: %1.</source>
        <translation>Dile a la sala cómo se ordena la lista de palabra: %1.</translation>
    </message>
    <message>
        <source>Be at the door by %1, 15 minutes before the start.</source>
        <translation>Ponte en la puerta a las %1, 15 minutos antes de empezar.</translation>
    </message>
    <message>
        <source>Open with the agreements and the agenda, and say who holds each role.</source>
        <translation>Abre con los acuerdos y la agenda, y di quién tiene cada rol.</translation>
    </message>
    <message>
        <source>Before a decision, restate the proposal, then take a temperature check (Ctrl+T).</source>
        <translation>Antes de decidir, repite la propuesta y luego haz un sondeo (Ctrl+T).</translation>
    </message>
    <message>
        <source>Close with next steps, commitments and a short evaluation.</source>
        <translation>Cierra con los próximos pasos, los compromisos y una evaluación breve.</translation>
    </message>
    <message>
        <source>Take over when the facilitator wants to speak on an item, or needs a break.</source>
        <translation>Toma el relevo cuando quien facilita quiera opinar sobre un punto o necesite un descanso.</translation>
    </message>
    <message>
        <source>Watch for hands the stack keeper missed, and for people who have not spoken yet.</source>
        <translation>Fíjate en las manos que no quedaron en la lista y en quienes aún no han hablado.</translation>
    </message>
    <message>
        <source>Keep the parking lot: ideas for later, so the room can move on.</source>
        <translation>Lleva los temas pendientes: ideas para después, para que la sala pueda avanzar.</translation>
    </message>
    <message>
        <source>Put each raised hand on the stack at once: press its key on the Floor tab, then pick the name.</source>
        <translation>Anota enseguida cada mano levantada en la lista de palabra: presiona su tecla en la pestaña Palabra y elige el nombre.</translation>
    </message>
    <message>
        <source>Call time 5 minutes before each item ends, at the times below.</source>
        <translation>Avisa 5 minutos antes de que termine cada punto, a las horas de abajo.</translation>
    </message>
    <message>
        <source>Started late? Add the delay to every time.</source>
        <translation>¿Empezaron tarde? Suma el retraso a cada hora.</translation>
    </message>
    <message>
        <source>When time is up, ask the room: wrap up now, or agree on more time?</source>
        <translation>Cuando se acabe el tiempo, pregunta a la sala: ¿cerramos ahora o acordamos más tiempo?</translation>
    </message>
    <message>
        <source>For each item, write what was decided, who will do what, and by when.</source>
        <translation>En cada punto, anota qué se decidió, quién hará qué y para cuándo.</translation>
    </message>
    <message>
        <source>Write proposals word for word, and the result of each temperature check.</source>
        <translation>Anota las propuestas palabra por palabra y el resultado de cada sondeo.</translation>
    </message>
    <message>
        <source>Type them in the Minutes box on the Agenda tab, item by item, or on paper.</source>
        <translation>Escríbelo en el cuadro Acta de la pestaña Agenda, punto por punto, o en papel.</translation>
    </message>
    <message>
        <source>Before the end, read the decisions back to the room.</source>
        <translation>Antes de terminar, lee las decisiones en voz alta a la sala.</translation>
    </message>
    <message>
        <source>Watch for tired, tense or quiet faces, and for people talked over.</source>
        <translation>Fíjate en las caras cansadas, tensas o calladas, y en las personas a quienes interrumpen.</translation>
    </message>
    <message>
        <source>Ask the facilitator for a break, a stretch or a quick check-in when energy drops.</source>
        <translation>Cuando baje la energía, pide a quien facilita un descanso, un estiramiento o una ronda rápida.</translation>
    </message>
    <message>
        <source>If it gets heated, ask for a pause and name what you see, without blame.</source>
        <translation>Si los ánimos se calientan, pide una pausa y di lo que ves, sin culpar a nadie.</translation>
    </message>
    <message>
        <source>Help each person sign in: the QR code on the poster, the kiosk on the laptop, or the paper sheet.</source>
        <translation>Ayuda a cada persona a registrarse: el código QR del cartel, el quiosco en la computadora o la hoja en papel.</translation>
    </message>
    <message>
        <source>Welcome first-timers by name and introduce them to someone.</source>
        <translation>Saluda por su nombre a las personas nuevas y preséntalas a alguien.</translation>
    </message>
    <message>
        <source>Call time 5 minutes before each item ends, at the times on the next card.</source>
        <extracomment>The timekeeper&apos;s first line when the times are on the next card(s), not under it.</extracomment>
        <translation>Avisa 5 minutos antes de que termine cada punto, a las horas de la tarjeta siguiente.</translation>
    </message>
    <message>
        <source>Nobody holds a role in this meeting yet. Assign roles on its Roles tab, or print the cards with a line to write each name on.</source>
        <translation>Nadie tiene un rol en esta reunión todavía. Asigna los roles en su pestaña Roles o imprime las tarjetas con una línea para escribir cada nombre.</translation>
    </message>
    <message>
        <source>There are no role cards to print.</source>
        <translation>No hay tarjetas de rol para imprimir.</translation>
    </message>
    <message>
        <source>Role cards — %1</source>
        <translation>Tarjetas de rol — %1</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>On a card for a role nobody holds yet: a line to write the name on follows.</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>CALL TIME</source>
        <extracomment>Column heading, small capitals: the moment to call time on an item.</extracomment>
        <translation>AVISAR</translation>
    </message>
    <message>
        <source>ENDS</source>
        <extracomment>Column heading, small capitals: when an item is planned to end.</extracomment>
        <translation>TERMINA</translation>
    </message>
    <message>
        <source>ITEM</source>
        <extracomment>Column heading, small capitals: the agenda item.</extracomment>
        <translation>PUNTO</translation>
    </message>
    <message>
        <source>…and %1 more: see the agenda</source>
        <extracomment>Under the timekeeper&apos;s times, when the agenda is too long for the card.</extracomment>
        <translation>…y %1 más: mira la agenda</translation>
    </message>
</context>
<context>
    <name>RolesPanel</name>
    <message>
        <source>Who holds which role</source>
        <translation>Quién tiene cada rol</translation>
    </message>
    <message>
        <source>%1, assigned</source>
        <translation>%1: asignación</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Asignar…</translation>
    </message>
    <message>
        <source>Assign %1</source>
        <translation>Asignar: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar: %1</translation>
    </message>
    <message>
        <source>Print role &amp;cards…</source>
        <translation>Imprimir tar&amp;jetas de rol…</translation>
    </message>
    <message>
        <source>A card for each role: its duty, what to do, the timekeeper&apos;s times. Index cards, 5 × 3 in, 3 to a Letter sheet (Avery 5388).</source>
        <translation>Una tarjeta por rol: su tarea, qué hacer, las horas de quien controla el tiempo. Fichas de 5 × 3 pulgadas, 3 por hoja carta (Avery 5388).</translation>
    </message>
    <message>
        <source>Add a card to fill in for each role &amp;nobody holds</source>
        <translation>Agregar una tarjeta para llenar a ma&amp;no por cada rol sin asignar</translation>
    </message>
    <message>
        <source>With a line to write the name on, for a role taken in the room</source>
        <translation>Con una línea para escribir el nombre, para un rol que se asigna en la sala</translation>
    </message>
    <message>
        <source>— not assigned —</source>
        <translation>— sin asignar —</translation>
    </message>
    <message>
        <source>assign the role</source>
        <translation>asignar el rol</translation>
    </message>
    <message>
        <source>remove the role</source>
        <translation>quitar el rol</translation>
    </message>
    <message>
        <source>print the role cards</source>
        <translation>imprimir las tarjetas de rol</translation>
    </message>
    <message>
        <source>Print role cards (3 per Letter, Avery 5388)</source>
        <translation>Imprimir tarjetas de rol (3 por hoja carta, Avery 5388)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1: %n role card(s) — opening it in your PDF viewer.</source>
        <translation>
            <numerusform>Se guardó %1: %n tarjeta de rol; se está abriendo en tu visor de PDF.</numerusform>
            <numerusform>Se guardó %1: %n tarjetas de rol; se está abriendo en tu visor de PDF.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1: %n role card(s). Open it in a PDF viewer to print it.</source>
        <translation>
            <numerusform>Se guardó %1: %n tarjeta de rol. Ábrela en un visor de PDF para imprimirla.</numerusform>
            <numerusform>Se guardó %1: %n tarjetas de rol. Ábrelas en un visor de PDF para imprimirlas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roster file</name>
    <message>
        <source>Open it in your spreadsheet and save it as “CSV UTF-8”, then choose that file.</source>
        <translation>Ábrelo en tu hoja de cálculo y guárdalo como “CSV UTF-8”; luego elige ese archivo.</translation>
    </message>
    <message>
        <source>%1 is an Excel workbook or another zipped file, not a CSV file.</source>
        <translation>%1 es un libro de Excel u otro archivo comprimido, no un archivo CSV.</translation>
    </message>
    <message>
        <source>%1 is an old-style Excel or Word file, not a CSV file.</source>
        <translation>%1 es un archivo antiguo de Excel o de Word, no un archivo CSV.</translation>
    </message>
    <message>
        <source>%1 is a PDF, not a CSV file.</source>
        <translation>%1 es un PDF, no un archivo CSV.</translation>
    </message>
    <message>
        <source>%1 is a database, not a CSV file.</source>
        <translation>%1 es una base de datos, no un archivo CSV.</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>comas</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>puntos y comas</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulaciones</translation>
    </message>
    <message>
        <source>bars</source>
        <translation>barras</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>El archivo</translation>
    </message>
    <message>
        <source>%1 cannot be read as a table (%2).</source>
        <translation>%1 no se puede leer como tabla (%2).</translation>
    </message>
    <message>
        <source>%1 has a quote mark that is never closed, on line %2: every row after it would run into one cell, and those people would be lost. Remove that quote mark (or close it) and import again.</source>
        <translation>%1 tiene unas comillas que nunca se cierran, en la línea %2: todas las filas que siguen quedarían en una sola celda, y esas personas se perderían. Quita esas comillas (o ciérralas) y vuelve a importar.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
    <message>
        <source>%1 has more than %2 rows. Split it into smaller files and import them one after another.</source>
        <translation>%1 tiene más de %2 filas. Divídelo en archivos más pequeños e impórtalos uno tras otro.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <source>%1 has a header row but no people under it.</source>
        <translation>%1 tiene una fila de encabezados, pero ninguna persona debajo.</translation>
    </message>
    <message>
        <source>Skipped 1 line above the column names: “%2”.</source>
        <translation>Se omitió 1 línea arriba de los nombres de las columnas: “%2”.</translation>
    </message>
    <message>
        <source>Skipped %1 lines above the column names, starting “%2”.</source>
        <translation>Se omitieron %1 líneas arriba de los nombres de las columnas, empezando por “%2”.</translation>
    </message>
    <message>
        <source>%1 has %2 columns; meetingkit reads rosters of up to %3. Delete the columns you do not need in your spreadsheet (keep names, contact details, profession and workplace), save it as “CSV UTF-8”, and import that.</source>
        <translation>%1 tiene %2 columnas; meetingkit lee listas de hasta %3. Elimina en tu hoja de cálculo las columnas que no necesitas (deja los nombres, los datos de contacto, la profesión y el lugar de trabajo), guárdala como “CSV UTF-8” e importa esa.</translation>
    </message>
    <message>
        <source>%1 has a cell of more than %3 characters, starting on line %2: far more than any field holds. A quote mark left open can run the rows under it into one cell: check that line in your spreadsheet, then save it again as “CSV UTF-8”.</source>
        <translation>%1 tiene una celda de más de %3 caracteres, que empieza en la línea %2: mucho más de lo que cabe en cualquier campo. Unas comillas sin cerrar pueden juntar en una sola celda las filas de abajo: revisa esa línea en tu hoja de cálculo y vuelve a guardarla como “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, more than any roster should be. Split it, or remove columns you do not need, and try again.</source>
        <translation>%1 ocupa más de %2 MB, más de lo que debería ocupar cualquier lista de miembros. Divídelo o quita las columnas que no necesites, e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>%1 is damaged UTF-16 text.</source>
        <translation>%1 es texto UTF-16 dañado.</translation>
    </message>
    <message>
        <source>%1 holds binary data, not text.</source>
        <translation>%1 contiene datos binarios, no texto.</translation>
    </message>
    <message>
        <source>%1 is damaged UTF-8 text.</source>
        <translation>%1 es texto UTF-8 dañado.</translation>
    </message>
    <message>
        <source>%1 is not text in any encoding meetingkit knows.</source>
        <translation>%1 no es texto en ninguna codificación que meetingkit conozca.</translation>
    </message>
    <message>
        <source>This file is not UTF-8, so it was read as Windows-1252 (older Excel). Check that accented names look right below; if not, save it as “CSV UTF-8” and choose it again.</source>
        <translation>Este archivo no está en UTF-8, así que se leyó como Windows-1252 (Excel antiguo). Revisa abajo que los nombres con acentos se vean bien; si no, guárdalo como “CSV UTF-8” y vuelve a elegirlo.</translation>
    </message>
    <message>
        <source>%1 does not look like text.</source>
        <translation>%1 no parece texto.</translation>
    </message>
</context>
<context>
    <name>Roster import</name>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Full name (split)</source>
        <translation>Nombre completo (se divide)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Zip code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Profession / role</source>
        <translation>Profesión u oficio</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Lugar de trabajo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Phone extension: %1</source>
        <translation>Extensión telefónica: %1</translation>
    </message>
    <message>
        <source>“%1” is not a field; use one of: %2, or ignore.</source>
        <translation>“%1” no es un campo; usa uno de estos: %2, o “ignore”.</translation>
    </message>
    <message>
        <source>The file has %1 columns called “%2” (columns %3). Name one by its number instead, as in %4=%5.</source>
        <translation>El archivo tiene %1 columnas llamadas “%2” (columnas %3). Indica una por su número, como en %4=%5.</translation>
    </message>
    <message>
        <source>The file has no column “%1”. Its columns are: %2.</source>
        <translation>El archivo no tiene ninguna columna “%1”. Sus columnas son: %2.</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <source>“%1” is not an email address; left out</source>
        <translation>“%1” no es una dirección de correo; se omitió</translation>
    </message>
    <message>
        <source>“%1” looks like a number your spreadsheet shortened; left out</source>
        <translation>“%1” parece un número que tu hoja de cálculo acortó; se omitió</translation>
    </message>
    <message>
        <source>“%1” is not a phone number; left out</source>
        <translation>“%1” no es un número de teléfono; se omitió</translation>
    </message>
    <message>
        <source>1 row has the same name as someone already here, and neither has a phone or email: it is not added again.</source>
        <translation>1 fila tiene el mismo nombre que alguien que ya está en el directorio, y ninguno de los dos tiene teléfono ni correo: no se agrega de nuevo.</translation>
    </message>
    <message>
        <source>%1 rows have the same name as someone already here, and neither has a phone or email: they are not added again.</source>
        <translation>%1 filas tienen el mismo nombre que alguien que ya está en el directorio, y ninguno de los dos tiene teléfono ni correo: no se agregan de nuevo.</translation>
    </message>
    <message>
        <source>1 value was longer than %2 characters (%3 for notes) and was cut.</source>
        <translation>1 valor tenía más de %2 caracteres (%3 en las notas) y se recortó.</translation>
    </message>
    <message>
        <source>%1 values were longer than %2 characters (%3 for notes) and were cut.</source>
        <translation>%1 valores tenían más de %2 caracteres (%3 en las notas) y se recortaron.</translation>
    </message>
    <message>
        <source>1 new person shares a phone, email or full name with someone already here or earlier in the file: added, not merged. Review them in People › Review possible duplicates.</source>
        <translation>1 persona nueva comparte teléfono, correo o nombre completo con alguien que ya está en el directorio o más arriba en el archivo: se agrega, no se combina. Revísala en Personas › Revisar posibles duplicados.</translation>
    </message>
    <message>
        <source>%1 new people share a phone, email or full name with someone already here or earlier in the file: added, not merged. Review them in People › Review possible duplicates.</source>
        <translation>%1 personas nuevas comparten teléfono, correo o nombre completo con alguien que ya está en el directorio o más arriba en el archivo: se agregan, no se combinan. Revísalas en Personas › Revisar posibles duplicados.</translation>
    </message>
    <message>
        <source>No column is set to hold names. Choose which column is the first name (or the full name).</source>
        <translation>Ninguna columna está asignada a los nombres. Elige qué columna es el nombre (o el nombre completo).</translation>
    </message>
    <message>
        <source>already here under the same name, and neither has a phone or email to tell them apart</source>
        <translation>ya está en el directorio con el mismo nombre, y ninguno de los dos tiene teléfono ni correo para distinguirlos</translation>
    </message>
    <message>
        <source>shares a phone, email or full name with row %1: review it</source>
        <translation>comparte teléfono, correo o nombre completo con la fila %1: revísalo</translation>
    </message>
    <message>
        <source>shares a phone, email or full name with someone else: review it</source>
        <translation>comparte teléfono, correo o nombre completo con otra persona: revísalo</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>apellido</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>zip code</source>
        <translation>código postal</translation>
    </message>
    <message>
        <source>profession</source>
        <translation>profesión</translation>
    </message>
    <message>
        <source>workplace</source>
        <translation>lugar de trabajo</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>se omite: %1</translation>
    </message>
    <message>
        <source>same person as row %1</source>
        <translation>la misma persona que la fila %1</translation>
    </message>
    <message>
        <source>already here</source>
        <translation>ya está en el directorio</translation>
    </message>
    <message>
        <source>already here; adds %1</source>
        <translation>ya está en el directorio; se agrega: %1</translation>
    </message>
    <message>
        <source>new — %1</source>
        <translation>nueva — %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a CSV file.</source>
        <translation>%1 es una carpeta. Elige un archivo CSV.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>No existe el archivo %1.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>No se pudo leer %1: %2.</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Zip</source>
        <translation>C. postal</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profesión</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Lugar de trabajo</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué pasará</translation>
    </message>
    <message>
        <source>Import a roster</source>
        <translation>Importar una lista de miembros</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 rows, %3, separated by %4.</source>
        <translation>
            <numerusform>%1: %2 fila, %3, separada por %4.</numerusform>
            <numerusform>%1: %2 filas, %3, separadas por %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>The file&apos;s columns and first rows</source>
        <translation>Las columnas y las primeras filas del archivo</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Campo de la columna %1</translation>
    </message>
    <message>
        <source>The first rows as they would be imported</source>
        <translation>Las primeras filas como se importarían</translation>
    </message>
    <message>
        <source>Rows that will be skipped</source>
        <translation>Filas que se omitirán</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Which field is in each column:</source>
        <translation>Qué campo hay en cada columna:</translation>
    </message>
    <message>
        <source>The first rows as they would be imported:</source>
        <translation>Las primeras filas tal como se importarían:</translation>
    </message>
    <message>
        <source>Could not read the roster</source>
        <translation>No se pudo leer la lista de miembros</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1 (choose a field at the top of a column to import it).</source>
        <translation>No se importan: %1 (elige un campo arriba de una columna para importarla).</translation>
    </message>
    <message>
        <source>New people: %1 · Already here, empty fields filled in: %2 · Already here, nothing to add: %3 · Skipped: %4</source>
        <translation>Personas nuevas: %1 · Ya en el directorio, se llenan campos vacíos: %2 · Ya en el directorio, nada que agregar: %3 · Omitidas: %4</translation>
    </message>
    <message>
        <source> · Repeated rows merged: %1</source>
        <translation> · Filas repetidas combinadas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 new people share a phone, email or full name with someone already here or earlier in the file: they are added, not merged. Review them in People › Review possible duplicates.</source>
        <translation>
            <numerusform>%1 persona nueva comparte teléfono, correo o nombre completo con alguien que ya está en el directorio o más arriba en el archivo: se agrega, no se combina. Revísala en Personas › Revisar posibles duplicados.</numerusform>
            <numerusform>%1 personas nuevas comparten teléfono, correo o nombre completo con alguien que ya está en el directorio o más arriba en el archivo: se agregan, no se combinan. Revísalas en Personas › Revisar posibles duplicados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
</context>
<context>
    <name>RosterPath</name>
    <message>
        <source>CSV files</source>
        <translation>Archivos CSV</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <source>Choose a roster file</source>
        <translation>Elige el archivo de la lista de miembros</translation>
    </message>
</context>
<context>
    <name>Rotation</name>
    <message>
        <source>Time is up</source>
        <translation>Se acabó el tiempo</translation>
    </message>
    <message>
        <source>Round %1 of %2 · %3</source>
        <translation>Ronda %1 de %2 · %3</translation>
    </message>
    <message>
        <source>Last step: then time is up</source>
        <translation>Último paso: luego se acaba el tiempo</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Sigue: %1</translation>
    </message>
</context>
<context>
    <name>RotationPanel</name>
    <message>
        <source>Rotation step</source>
        <translation>Paso de la rotación</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Tiempo restante de este paso</translation>
    </message>
    <message>
        <source>Start &amp;rotation</source>
        <translation>Iniciar rotación</translation>
    </message>
    <message>
        <source>Pause rotation</source>
        <translation>Pausar rotación</translation>
    </message>
    <message>
        <source>%1: rotation over — time is up</source>
        <translation>%1: rotación terminada — se acabó el tiempo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Groups of %1: %n rounds × (%2)</source>
        <translation>
            <numerusform>Grupos de %1: %n ronda × (%2)</numerusform>
            <numerusform>Grupos de %1: %n rondas × (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left in the rotation</source>
        <translation>quedan %1 de rotación</translation>
    </message>
    <message>
        <source>Rotation ready</source>
        <translation>Rotación lista</translation>
    </message>
    <message>
        <source>. F9 starts it when the groups are set.</source>
        <translation>. F9 la inicia cuando los grupos estén formados.</translation>
    </message>
    <message>
        <source>Rotation over — time is up</source>
        <translation>Rotación terminada — se acabó el tiempo</translation>
    </message>
    <message>
        <source>  (paused)</source>
        <translation>  (en pausa)</translation>
    </message>
    <message>
        <source>Restart &amp;rotation</source>
        <translation>Reiniciar &amp;rotación</translation>
    </message>
    <message>
        <source>Restart rotation</source>
        <translation>Reiniciar rotación</translation>
    </message>
    <message>
        <source>Start rotation</source>
        <translation>Iniciar rotación</translation>
    </message>
    <message>
        <source>Resume rotation</source>
        <translation>Reanudar rotación</translation>
    </message>
    <message>
        <source>Timed steps ready</source>
        <translation>Pasos cronometrados listos</translation>
    </message>
    <message>
        <source>%1 left in the steps</source>
        <translation>quedan %1 de los pasos</translation>
    </message>
    <message>
        <source>Timed steps over — time is up</source>
        <translation>Pasos cronometrados terminados — se acabó el tiempo</translation>
    </message>
    <message>
        <source>Sta&amp;rt timed steps</source>
        <translation>Iniciar pasos cronometrados</translation>
    </message>
    <message>
        <source>Resta&amp;rt timed steps</source>
        <translation>Reiniciar &amp;pasos cronometrados</translation>
    </message>
    <message>
        <source>Start timed steps</source>
        <translation>Iniciar pasos cronometrados</translation>
    </message>
    <message>
        <source>Restart timed steps</source>
        <translation>Reiniciar pasos cronometrados</translation>
    </message>
    <message>
        <source>Pause timed steps</source>
        <translation>Pausar pasos cronometrados</translation>
    </message>
    <message>
        <source>Resume timed steps</source>
        <translation>Reanudar pasos cronometrados</translation>
    </message>
    <message>
        <source>%1: timed steps over — time is up</source>
        <translation>%1: pasos cronometrados terminados — se acabó el tiempo</translation>
    </message>
    <message>
        <source>Groups of %1: %2</source>
        <translation>Grupos de %1: %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <source>Round %1 of %2, %3 left</source>
        <translation>Ronda %1 de %2, quedan %3</translation>
    </message>
    <message>
        <source>The rotation is under way: %1.

Restarting it sends every group back to round 1 and the first step, and its time starts again.</source>
        <translation>La rotación está en marcha: %1.

Si la reinicias, todos los grupos vuelven a la ronda 1 y al primer paso, y su tiempo empieza de nuevo.</translation>
    </message>
    <message>
        <source>Restart the rotation?</source>
        <translation>¿Reiniciar la rotación?</translation>
    </message>
    <message>
        <source>The timed steps are under way: %1.

Restarting them sends every group back to the first step, and their time starts again.</source>
        <translation>Los pasos cronometrados están en marcha: %1.

Si los reinicias, todos los grupos vuelven al primer paso, y su tiempo empieza de nuevo.</translation>
    </message>
    <message>
        <source>Restart the timed steps?</source>
        <translation>¿Reiniciar los pasos cronometrados?</translation>
    </message>
</context>
<context>
    <name>RulePanel</name>
    <message>
        <source>The rule the room agreed</source>
        <translation>La regla que acordó la sala</translation>
    </message>
    <message>
        <source>Stack order rule</source>
        <translation>Regla de orden de la lista</translation>
    </message>
    <message>
        <source> s per turn</source>
        <translation> s por turno</translation>
    </message>
    <message>
        <source>Turn limit</source>
        <translation>Límite por turno</translation>
    </message>
    <message>
        <source>Per kind…</source>
        <translation>Por tipo…</translation>
    </message>
    <message>
        <source>Priority groups…</source>
        <translation>Grupos con prioridad…</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Orden:</translation>
    </message>
    <message>
        <source>Words:</source>
        <translation>Vocabulario:</translation>
    </message>
    <message>
        <source>Turn limit:</source>
        <translation>Límite por turno:</translation>
    </message>
    <message>
        <source>No groups yet: people give them in their details</source>
        <translation>Aún no hay grupos: las personas los indican en sus datos</translation>
    </message>
</context>
<context>
    <name>RungsDialog</name>
    <message>
        <source>Edit rungs</source>
        <translation>Editar peldaños</translation>
    </message>
    <message>
        <source>Bottom rung first. Each member stands on the highest rung whose test they pass. “Meetings led” counts meetings where they held a role or owned an agenda item.</source>
        <translation>Primero el peldaño de abajo. Cada miembro está en el peldaño más alto cuya prueba cumple. “Reuniones dirigidas” cuenta las reuniones en las que tuvo un rol o fue responsable de un punto de la agenda.</translation>
    </message>
    <message>
        <source>Rung</source>
        <translation>Peldaño</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>&amp;Add rung</source>
        <translation>&amp;Agregar peldaño</translation>
    </message>
    <message>
        <source>&amp;Reset to the default ladder</source>
        <translation>&amp;Restablecer la escalera predeterminada</translation>
    </message>
    <message>
        <source>Rung name</source>
        <translation>Nombre del peldaño</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>SavePath</name>
    <message>
        <source>PDF documents</source>
        <translation>Documentos PDF</translation>
    </message>
</context>
<context>
    <name>Saving files</name>
    <message>
        <source>Could not write %1: the file is read-only. Nothing was written. Choose another name, or make the file writable first.</source>
        <translation>No se pudo escribir %1: el archivo es de solo lectura. No se escribió nada. Elige otro nombre, o permite primero escribir en el archivo.</translation>
    </message>
    <message>
        <source>%1 is a database (meetingkit&apos;s own, or a backup of it): saving over it would destroy its data. Nothing was written. Choose another name.</source>
        <translation>%1 es una base de datos (la de meetingkit o una copia de seguridad): guardar encima destruiría sus datos. No se escribió nada. Elige otro nombre.</translation>
    </message>
    <message>
        <source>%1 is not a file (a device or a pipe): saving there would replace it. Nothing was written. Choose a file name.</source>
        <translation>%1 no es un archivo (es un dispositivo o una tubería): guardar ahí lo reemplazaría. No se escribió nada. Elige un nombre de archivo.</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name inside it.</source>
        <translation>%1 es una carpeta. Elige un nombre de archivo dentro de ella.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a folder to save into.</source>
        <translation>%1 es un archivo, no una carpeta. Elige una carpeta donde guardar.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose another folder, or create it first.</source>
        <translation>La carpeta %1 no existe. Elige otra carpeta o créala primero.</translation>
    </message>
    <message>
        <source>Could not write %1: the disk is full. Nothing was written. Free some space, or save to another drive, and try again.</source>
        <translation>No se pudo escribir %1: el disco está lleno. No se escribió nada. Libera espacio o guarda en otra unidad, e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Could not write %1: you may not write to %2. Nothing was written. Choose another folder, such as Documents.</source>
        <translation>No se pudo escribir %1: no tienes permiso para escribir en %2. No se escribió nada. Elige otra carpeta, como Documentos.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was written. Choose another folder and try again.</source>
        <translation>No se pudo escribir %1: %2. No se escribió nada. Elige otra carpeta e inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>“%1” is not a language meetingkit speaks.</source>
        <translation>meetingkit no habla el idioma “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a theme.</source>
        <translation>“%1” no es un tema.</translation>
    </message>
    <message>
        <source>A turn limit is between %1 seconds and %2 minutes.</source>
        <translation>Un límite por turno va de %1 segundos a %2 minutos.</translation>
    </message>
    <message>
        <source>New meetings&apos; personal data is purged 1 to %1 days after the meeting, or never (0).</source>
        <translation>Los datos personales de las reuniones nuevas se depuran de 1 a %1 días después de la reunión, o nunca (0).</translation>
    </message>
    <message>
        <source>“%1” is not a card layout.</source>
        <translation>“%1” no es un formato de tarjeta.</translation>
    </message>
    <message>
        <source>“%1” is not a window&apos;s place.</source>
        <translation>“%1” no es una posición de ventana.</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>carpeta de datos</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>tema</translation>
    </message>
    <message>
        <source>default turn limit</source>
        <translation>límite por turno predeterminado</translation>
    </message>
    <message>
        <source>default card layout</source>
        <translation>formato de tarjeta predeterminado</translation>
    </message>
    <message>
        <source>large type on the projector</source>
        <translation>letra grande en el proyector</translation>
    </message>
    <message>
        <source>purge of new meetings&apos; personal data</source>
        <translation>depuración de los datos personales de las reuniones nuevas</translation>
    </message>
    <message>
        <source>welcome</source>
        <translation>bienvenida</translation>
    </message>
    <message>
        <source>the window&apos;s size and place</source>
        <translation>el tamaño y la posición de la ventana</translation>
    </message>
    <message>
        <source>The settings file does not hold settings.</source>
        <translation>El archivo de configuración no contiene una configuración.</translation>
    </message>
    <message>
        <source>Back to the default: %1.</source>
        <translation>Se volvió al valor predeterminado: %1.</translation>
    </message>
    <message>
        <source>The settings file could not be read, so the defaults are in use. It was kept as %1.</source>
        <translation>No se pudo leer el archivo de configuración, así que se usan los valores predeterminados. Se guardó una copia como %1.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read (%2); the defaults are in use.</source>
        <translation>No se pudo leer el archivo de configuración %1 (%2); se usan los valores predeterminados.</translation>
    </message>
    <message>
        <source>Cannot create the settings folder %1: %2.</source>
        <translation>No se puede crear la carpeta de configuración %1: %2.</translation>
    </message>
    <message>
        <source>The settings were not saved: %1</source>
        <translation>No se guardó la configuración: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Index cards, 5×3 in (3 per Letter sheet)</source>
        <translation>Fichas, 5×3 pulg. (3 por hoja carta)</translation>
    </message>
    <message>
        <source>Postcards, 6×4 in (2 per Letter sheet)</source>
        <translation>Postales, 6×4 pulg. (2 por hoja carta)</translation>
    </message>
    <message>
        <source>Quarter-letter, 4¼×5½ in (4 per Letter)</source>
        <translation>Cuarto de carta, 4¼×5½ pulg. (4 por hoja carta)</translation>
    </message>
    <message>
        <source>A6 (4 per A4 sheet)</source>
        <translation>A6 (4 por hoja A4)</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Cambiar…</translation>
    </message>
    <message>
        <source>Use the &amp;default</source>
        <translation>Usar la &amp;predeterminada</translation>
    </message>
    <message>
        <source>Data &amp;folder:</source>
        <translation>Carpeta de &amp;datos:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long a speaker may hold the floor before the discreet cue, for meetings whose turn limits were never changed. Each meeting can set its own on its Floor tab.</source>
        <translation>Cuánto tiempo puede tener la palabra una persona antes del aviso discreto, en las reuniones cuyos límites por turno nunca se cambiaron. Cada reunión puede fijar los suyos en su pestaña Palabra.</translation>
    </message>
    <message>
        <source>Default turn li&amp;mit:</source>
        <translation>&amp;Límite por turno predeterminado:</translation>
    </message>
    <message>
        <source>Default ca&amp;rd layout:</source>
        <translation>Formato de tar&amp;jeta predeterminado:</translation>
    </message>
    <message>
        <source>never: I purge by hand</source>
        <translation>nunca: los depuro a mano</translation>
    </message>
    <message>
        <source> days after each new meeting</source>
        <translation> días después de cada reunión nueva</translation>
    </message>
    <message>
        <source>New meetings and trainings, and copies of meetings that had no retention, keep who came, their sign-ins and commitments this long; then meetingkit purges them as it starts, keeping only anonymous counts. Each meeting&apos;s can be changed on the Privacy page.</source>
        <translation>Las reuniones y capacitaciones nuevas, y las copias de reuniones que no tenían plazo de conservación, conservan quién vino, sus registros y compromisos durante este tiempo; luego meetingkit los depura al iniciarse y conserva solo recuentos anónimos. El de cada reunión se puede cambiar en la página Privacidad y datos.</translation>
    </message>
    <message>
        <source>Pur&amp;ge personal data:</source>
        <translation>Dep&amp;urar datos personales:</translation>
    </message>
    <message>
        <source>For meetings made from now on. Meetings you already have keep their own setting: change it on the Privacy page.</source>
        <translation>Para las reuniones que crees desde ahora. Las que ya tienes conservan su propio ajuste: cámbialo en la página Privacidad y datos.</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Elige la carpeta de datos</translation>
    </message>
    <message>
        <source>This session uses %1, given by --data-dir or MEETINGKIT_DATA_DIR; that overrides the folder chosen here.</source>
        <translation>Esta sesión usa %1, indicada con --data-dir o MEETINGKIT_DATA_DIR; eso tiene prioridad sobre la carpeta elegida aquí.</translation>
    </message>
    <message>
        <source>meetingkit opens %1 from its next start. Your meetings stay in %2: to take them along, make a backup (Privacy page) and restore it there.</source>
        <translation>meetingkit abrirá %1 desde el próximo inicio. Tus reuniones se quedan en %2: para llevarlas, haz una copia de seguridad (página Privacidad y datos) y restáurala allí.</translation>
    </message>
    <message>
        <source>The new language shows from the next start.</source>
        <translation>El nuevo idioma se verá desde el próximo inicio.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 es un archivo, no una carpeta.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>Sign-in PDF</name>
    <message>
        <source>Sign-in poster — %1</source>
        <translation>Cartel de registro — %1</translation>
    </message>
    <message>
        <source>A sign-in sheet needs at least one row.</source>
        <translation>Una hoja de registro necesita al menos una fila.</translation>
    </message>
    <message>
        <source>A sign-in sheet has at most %1 rows: print more copies of it.</source>
        <translation>Una hoja de registro tiene como máximo %1 filas: imprime más copias.</translation>
    </message>
    <message>
        <source>The sign-in poster for “%1” cannot be printed from this data: the meeting has no sign-in link yet, and the data cannot be written to save one, so the poster&apos;s QR code would lead nowhere. Print it from a folder that can be written. The paper sign-in sheet prints from here: meetingkit print signin-sheet --meeting %2</source>
        <translation>El cartel de registro de “%1” no se puede imprimir desde estos datos: la reunión todavía no tiene enlace de registro, y los datos no se pueden escribir para guardar uno, así que el código QR del cartel no llevaría a ninguna parte. Imprímelo desde una carpeta que se pueda escribir. La hoja de registro en papel sí se imprime desde aquí: meetingkit print signin-sheet --meeting %2</translation>
    </message>
</context>
<context>
    <name>Sign-in server</name>
    <message>
        <source>Port %1 on %2 is already in use. Choose another port, or close the program using it.</source>
        <translation>El puerto %1 en %2 ya está en uso. Elige otro puerto o cierra el programa que lo usa.</translation>
    </message>
    <message>
        <source>meetingkit ran into an error it did not expect while answering a phone (%1).</source>
        <translation>meetingkit se encontró con un error que no esperaba al responder a un teléfono (%1).</translation>
    </message>
    <message>
        <source>Cannot serve on %1 (%2). Choose another address: it must be one of this laptop&apos;s.</source>
        <translation>No se puede servir en %1 (%2). Elige otra dirección: tiene que ser una de esta computadora.</translation>
    </message>
    <message>
        <source>The sign-in server did not start within 10 seconds.</source>
        <translation>El servidor de registro no arrancó en 10 segundos.</translation>
    </message>
    <message>
        <source>The sign-in server stopped as it started.</source>
        <translation>El servidor de registro se detuvo al arrancar.</translation>
    </message>
    <message>
        <source>meetingkit ran into an error it did not expect while saving (%1). Nothing was saved.</source>
        <translation>meetingkit se encontró con un error que no esperaba al guardar (%1). No se guardó nada.</translation>
    </message>
</context>
<context>
    <name>SignInBoard</name>
    <message>
        <source>meetingkit — sign in</source>
        <translation>meetingkit — registro</translation>
    </message>
    <message>
        <source>Sign in · Regístrate</source>
        <translation>Regístrate · Sign in</translation>
    </message>
    <message>
        <source>Your phone should show this phrase · Tu teléfono debe mostrar esta frase</source>
        <translation>Tu teléfono debe mostrar esta frase · Your phone should show this phrase</translation>
    </message>
    <message>
        <source>The sign-in code is full screen on the second screen; Ctrl+Shift+J closes it.</source>
        <translation>El código de registro está en pantalla completa en la segunda pantalla; Ctrl+Shift+J lo cierra.</translation>
    </message>
    <message>
        <source>The sign-in code is full screen on the second screen.</source>
        <translation>El código de registro está en pantalla completa en la segunda pantalla.</translation>
    </message>
    <message>
        <source>The sign-in code opened in a window: no second screen, or it mirrors this one. Extend the desktop instead.</source>
        <translation>El código de registro se abrió en una ventana: no hay segunda pantalla, o duplica esta. Extiende el escritorio en su lugar.</translation>
    </message>
    <message>
        <source>The sign-in code&apos;s screen is gone: its window is on this screen now, and goes back full screen when a second screen is plugged in.</source>
        <translation>Se desconectó la pantalla del código de registro: su ventana está ahora en esta pantalla y vuelve a pantalla completa cuando conectes una segunda pantalla.</translation>
    </message>
</context>
<context>
    <name>SignInFieldsDialog</name>
    <message>
        <source>Everyday</source>
        <translation>Datos básicos</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <source>Reveals union activity — only if this meeting needs it</source>
        <translation>Revela actividad sindical — solo si esta reunión lo necesita</translation>
    </message>
    <message>
        <source>Health information — only when needed; purged after</source>
        <translation>Información de salud — solo cuando haga falta; se depura después</translation>
    </message>
    <message>
        <source>Sign-in form</source>
        <translation>Formulario de registro</translation>
    </message>
    <message>
        <source>Consents (each a separate box, unticked)</source>
        <translation>Consentimientos (cada uno en su propia casilla, sin marcar)</translation>
    </message>
    <message>
        <source>Ask the least you need: everything asked is stored on this laptop.</source>
        <translation>Pregunta solo lo necesario: todo lo que se pregunta se guarda en esta computadora.</translation>
    </message>
    <message>
        <source>Groups people may say they belong to</source>
        <translation>Grupos a los que cada persona puede decir que pertenece</translation>
    </message>
    <message>
        <source>One a line, in people&apos;s own words: “Night shift”, “Spanish speaking”. Each is an unticked box on the form, optional. What people tick counts for priority for chosen groups and airtime by group, shown only as totals of %1 or more.</source>
        <translation>Uno por línea, con las palabras de la gente: “Turno de noche”, “Hispanohablantes”. Cada uno es una casilla sin marcar en el formulario, opcional. Lo que la gente marque cuenta para la prioridad para los grupos elegidos y el tiempo de palabra por grupo, que solo se muestran como totales de %1 o más.</translation>
    </message>
    <message>
        <source>Keep each group under %1 characters.</source>
        <translation>Escribe cada grupo con menos de %1 caracteres.</translation>
    </message>
    <message>
        <source>Offer at most %1 groups: a phone shows them all at once.</source>
        <translation>Ofrece como máximo %1 grupos: un teléfono los muestra todos a la vez.</translation>
    </message>
</context>
<context>
    <name>SignInTab</name>
    <message>
        <source>Sign-in QR code</source>
        <translation>Código QR de registro</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Dirección de registro</translation>
    </message>
    <message>
        <source>Verification phrase</source>
        <translation>Frase de verificación</translation>
    </message>
    <message>
        <source>Open sign-in again</source>
        <translation>Abrir el registro de nuevo</translation>
    </message>
    <message>
        <source>Leave it closed</source>
        <translation>Dejarlo cerrado</translation>
    </message>
    <message>
        <source>Leave sign-in closed</source>
        <translation>Dejar el registro cerrado</translation>
    </message>
    <message>
        <source>Address to serve on</source>
        <translation>Dirección en la que ofrecer el registro</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>&amp;Open sign-in</source>
        <translation>&amp;Abrir registro</translation>
    </message>
    <message>
        <source>Open sign-in</source>
        <translation>Abrir registro</translation>
    </message>
    <message>
        <source>Serve the sign-in form to phones on this network</source>
        <translation>Ofrecer el formulario de registro a los teléfonos de esta red</translation>
    </message>
    <message>
        <source>New sign-in &amp;link</source>
        <translation>Nuevo en&amp;lace de registro</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>Nuevo enlace</translation>
    </message>
    <message>
        <source>Old QR codes and posters stop working</source>
        <translation>Los códigos QR y los carteles anteriores dejan de funcionar</translation>
    </message>
    <message>
        <source>Sign-in &amp;form fields…</source>
        <translation>&amp;Campos del formulario de registro…</translation>
    </message>
    <message>
        <source>Form fields…</source>
        <translation>Campos del formulario…</translation>
    </message>
    <message>
        <source>Serve on</source>
        <translation>Ofrecer en</translation>
    </message>
    <message>
        <source>People here</source>
        <translation>Personas presentes</translation>
    </message>
    <message>
        <source>no quorum</source>
        <translation>sin quórum</translation>
    </message>
    <message>
        <source>quorum </source>
        <translation>quórum </translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quórum</translation>
    </message>
    <message>
        <source>People signed in</source>
        <translation>Personas registradas</translation>
    </message>
    <message>
        <source>Arriving</source>
        <translation>Llegadas</translation>
    </message>
    <message>
        <source>  (this laptop only)</source>
        <translation>  (solo esta computadora)</translation>
    </message>
    <message>
        <source>Sign-in is closed. Open it to show the code.</source>
        <translation>El registro está cerrado. Ábrelo para mostrar el código.</translation>
    </message>
    <message>
        <source>Close sign-in</source>
        <translation>Cerrar registro</translation>
    </message>
    <message>
        <source>Cl&amp;ose sign-in</source>
        <translation>Ce&amp;rrar registro</translation>
    </message>
    <message numerus="yes">
        <source>Review new details for %n person(s)…</source>
        <translation>
            <numerusform>Revisar datos nuevos de %n persona…</numerusform>
            <numerusform>Revisar datos nuevos de %n personas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n here</source>
        <translation>
            <numerusform>%n presente</numerusform>
            <numerusform>%n presentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed in</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n first time</source>
        <translation>
            <numerusform>%n por primera vez</numerusform>
            <numerusform>%n por primera vez</numerusform>
        </translation>
    </message>
    <message>
        <source>quorum met ✓</source>
        <translation>hay quórum ✓</translation>
    </message>
    <message numerus="yes">
        <source>%n more for quorum</source>
        <translation>
            <numerusform>falta %n para el quórum</numerusform>
            <numerusform>faltan %n para el quórum</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in was open when meetingkit closed. Phones can&apos;t sign in until you open it again.</source>
        <translation>El registro estaba abierto cuando meetingkit se cerró. Los teléfonos no pueden registrarse hasta que lo vuelvas a abrir.</translation>
    </message>
    <message>
        <source>A phone&apos;s sign-in could not be saved: %1 The phone says it is not signed in. Until this is fixed, sign people in on the paper sheet.</source>
        <translation>No se pudo guardar el registro de un teléfono: %1 El teléfono dice que no quedó registrado. Hasta que se arregle, registra a la gente en la hoja de papel.</translation>
    </message>
    <message>
        <source>Sign-in is still open for “%1”: phones can go on signing in there. Opening sign-in here closes it.</source>
        <translation>El registro sigue abierto para “%1”: los teléfonos pueden seguir registrándose allí. Si abres el registro aquí, se cierra aquel.</translation>
    </message>
    <message>
        <source>This meeting was purged or deleted: phones that open the link are told sign-in is not open, and cannot sign in.</source>
        <translation>Esta reunión se depuró o se eliminó: a los teléfonos que abren el enlace se les dice que el registro no está abierto, y no pueden registrarse.</translation>
    </message>
    <message>
        <source>This meeting has ended: phones that open the link are told so, and cannot sign in.</source>
        <translation>Esta reunión ya terminó: a los teléfonos que abren el enlace se les avisa, y no pueden registrarse.</translation>
    </message>
    <message>
        <source>Port %1 was taken by another program, so sign-in opened on port %2. The QR code here is new: a code shown or printed before does not work. Show this one on the projector (Ctrl+Shift+J).</source>
        <translation>Otro programa ocupaba el puerto %1, así que el registro se abrió en el puerto %2. El código QR de aquí es nuevo: un código mostrado o impreso antes no funciona. Muestra este en el proyector (Ctrl+Shift+J).</translation>
    </message>
    <message>
        <source>This address works only on this laptop: phones can&apos;t reach it. Connect the laptop to the room&apos;s Wi-Fi or start a hotspot, close sign-in and choose that network&apos;s address under Serve on; or sign people in here with the kiosk (Ctrl+Shift+K).</source>
        <translation>Esta dirección solo funciona en esta computadora: los teléfonos no pueden llegar a ella. Conecta la computadora al Wi-Fi de la sala o crea un punto de acceso, cierra el registro y elige la dirección de esa red en Ofrecer en; o registra a las personas aquí con el quiosco (Ctrl+Shift+K).</translation>
    </message>
    <message>
        <source>No phone has reached the form yet. Guest Wi-Fi often keeps phones from reaching a laptop. Try: start a hotspot on this laptop and show its Wi-Fi code (Meeting › Sign-in › Hotspot code); sign people in here with the kiosk (Ctrl+Shift+K); or print a paper sheet (Meeting › Sign-in › Print paper sign-in sheet…).</source>
        <translation>Ningún teléfono ha llegado todavía al formulario. El Wi-Fi de invitados a menudo no deja que los teléfonos lleguen a una computadora. Prueba a crear un punto de acceso en esta computadora y mostrar su código de Wi-Fi (Reunión › Registro › Código del punto de acceso); a registrar a las personas aquí con el quiosco (Ctrl+Shift+K); o a imprimir una hoja en papel (Reunión › Registro › Imprimir hoja de registro en papel…).</translation>
    </message>
    <message>
        <source>Phones on this network open the link above. Check that the phrase on their screen matches.</source>
        <translation>Los teléfonos de esta red abren el enlace de arriba. Comprueba que la frase de su pantalla coincida.</translation>
    </message>
    <message>
        <source>open sign-in</source>
        <translation>abrir el registro</translation>
    </message>
    <message>
        <source>Port in use</source>
        <translation>Puerto en uso</translation>
    </message>
    <message>
        <source>Port %1 is in use by another program. Open sign-in on port %2, which is free?

A QR code shown or printed with port %1 will not work: show the new one on the projector (Ctrl+Shift+J). To keep port %1, cancel, close the program using it and open sign-in again.</source>
        <translation>Otro programa está usando el puerto %1. ¿Abres el registro en el puerto %2, que está libre?

Un código QR mostrado o impreso con el puerto %1 no funcionará: muestra el nuevo en el proyector (Ctrl+Shift+J). Para conservar el puerto %1, cancela, cierra el programa que lo usa y vuelve a abrir el registro.</translation>
    </message>
    <message>
        <source>Use port %1</source>
        <translation>Usar el puerto %1</translation>
    </message>
    <message>
        <source>leave sign-in closed</source>
        <translation>dejar el registro cerrado</translation>
    </message>
    <message>
        <source>make a new link</source>
        <translation>crear un enlace nuevo</translation>
    </message>
    <message>
        <source>save the form</source>
        <translation>guardar el formulario</translation>
    </message>
    <message>
        <source>set the quorum</source>
        <translation>fijar el quórum</translation>
    </message>
</context>
<context>
    <name>SomeoneBox</name>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Pick someone present from the list, or type a name</source>
        <translation>Elige a alguien presente de la lista o escribe un nombre</translation>
    </message>
</context>
<context>
    <name>StackModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation>Pide</translation>
    </message>
    <message>
        <source>Why here</source>
        <translation>Por qué aquí</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Espera</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Plan, prepare, run, follow up: what is left</source>
        <translation>Planear, preparar, realizar, dar seguimiento: qué falta</translation>
    </message>
    <message>
        <source>&amp;Open meeting</source>
        <translation>A&amp;brir reunión</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nueva reunión…</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Próxima reunión</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>G&amp;uided path</source>
        <translation>Ruta g&amp;uiada</translation>
    </message>
    <message>
        <source>Open follo&amp;w-ups</source>
        <translation>Abrir &amp;seguimientos</translation>
    </message>
    <message>
        <source>Open peop&amp;le</source>
        <translation>Abrir pers&amp;onas</translation>
    </message>
    <message>
        <source>New this month</source>
        <translation>Personas nuevas este mes</translation>
    </message>
    <message>
        <source>Open &amp;groups</source>
        <translation>Abrir &amp;grupos</translation>
    </message>
    <message>
        <source>Groups with falling attendance</source>
        <translation>Grupos con asistencia a la baja</translation>
    </message>
    <message>
        <source>What&apos;s next</source>
        <translation>¿Qué sigue?</translation>
    </message>
    <message>
        <source>All the steps are done.</source>
        <translation>Todos los pasos están hechos.</translation>
    </message>
    <message>
        <source>Now: %1 — %2 of %3 steps done.</source>
        <translation>Ahora: %1 — %2 de %3 pasos hechos.</translation>
    </message>
    <message>
        <source>No meeting is planned</source>
        <translation>No hay ninguna reunión planeada</translation>
    </message>
    <message>
        <source>Plan the next one: Ctrl+N.</source>
        <translation>Planea la próxima: Ctrl+N.</translation>
    </message>
    <message>
        <source>Happening now, until %1</source>
        <translation>En curso, hasta las %1</translation>
    </message>
    <message>
        <source>dddd d MMMM, HH:mm</source>
        <extracomment>Qt&apos;s date pattern for the next meeting&apos;s day and time: &quot;dddd d &apos;de&apos; MMMM, HH:mm&quot; in Spanish. dddd is the weekday, d the day, MMMM the month, HH:mm the time.</extracomment>
        <translation>dddd d &apos;de&apos; MMMM, HH:mm</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 del %2</translation>
    </message>
    <message>
        <source>meetingkit closed while this meeting was running (at %1). Open it to resume.</source>
        <translation>meetingkit se cerró mientras esta reunión estaba en curso (a las %1). Ábrela para reanudarla.</translation>
    </message>
    <message>
        <source>Nobody is waiting for a call.</source>
        <translation>Nadie espera una llamada.</translation>
    </message>
    <message numerus="yes">
        <source>%n open, none overdue in the last %1 days.</source>
        <translation>
            <numerusform>%n pendiente, ninguno atrasado en los últimos %1 días.</numerusform>
            <numerusform>%n pendientes, ninguno atrasado en los últimos %1 días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open, none overdue.</source>
        <translation>
            <numerusform>%n pendiente, ninguno atrasado.</numerusform>
            <numerusform>%n pendientes, ninguno atrasado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue of %1 open. Call these first:</source>
        <translation>
            <numerusform>%n atrasado (pendientes en total: %1). Empieza por esta llamada:</numerusform>
            <numerusform>%n atrasados (pendientes en total: %1). Empieza por estas llamadas:</numerusform>
        </translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vence: %1</translation>
    </message>
    <message>
        <source>no organizer</source>
        <translation>sin asignar</translation>
    </message>
    <message>
        <source>%1: %2, %3. Organizer: %4</source>
        <translation>%1: %2, %3. Quien organiza: %4</translation>
    </message>
    <message>
        <source>%1: %2, %3. No organizer.</source>
        <translation>%1: %2, %3. Sin asignar.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <source>And %1 more. Enter opens the Follow-ups page.</source>
        <translation>Y %1 más. Enter abre la página Seguimientos.</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue for more than %1 days: call them when you can, or mark them lapsed on the Follow-ups page.</source>
        <translation>
            <numerusform>%n lleva más de %1 días de atraso: llama cuando puedas, o márcalo como caducado en la página Seguimiento.</numerusform>
            <numerusform>%n llevan más de %1 días de atraso: llama cuando puedas, o márcalos como caducados en la página Seguimiento.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody new yet this month.</source>
        <translation>Todavía no hay personas nuevas este mes.</translation>
    </message>
    <message>
        <source>One person came for the first time. Welcome them:</source>
        <translation>Una persona vino por primera vez. Dale la bienvenida:</translation>
    </message>
    <message>
        <source>%1 people came for the first time. Welcome them:</source>
        <translation>%1 personas vinieron por primera vez. Dales la bienvenida:</translation>
    </message>
    <message>
        <source>And %1 more. Enter opens the People page.</source>
        <translation>Y %1 más. Enter abre la página Personas.</translation>
    </message>
    <message>
        <source>No group has fewer people each time lately.</source>
        <translation>Últimamente ningún grupo tiene menos personas cada vez.</translation>
    </message>
</context>
<context>
    <name>TemperatureCheckDialog</name>
    <message>
        <source>Temperature check</source>
        <translation>Sondeo</translation>
    </message>
    <message>
        <source>What was asked (optional)</source>
        <translation>Qué se preguntó (opcional)</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Pregunta:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Counts:</source>
        <translation>Conteo:</translation>
    </message>
</context>
<context>
    <name>TemplateName</name>
    <message>
        <source>Save as template</source>
        <translation>Guardar como plantilla</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Nombre de la plantilla:</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;Follow the system</source>
        <translation>&amp;Seguir al sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>Break</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Method: %1.</source>
        <translation>Método: %1.</translation>
    </message>
    <message>
        <source>Objectives: %1</source>
        <translation>Objetivos: %1</translation>
    </message>
    <message>
        <source>Materials: %1</source>
        <translation>Materiales: %1</translation>
    </message>
    <message>
        <source>Debrief: %1</source>
        <translation>Puesta en común: %1</translation>
    </message>
</context>
<context>
    <name>TurnLimitsDialog</name>
    <message>
        <source>Turn limits</source>
        <translation>Límites por turno</translation>
    </message>
    <message>
        <source>Cue the speaker before the end:</source>
        <translation>Avisar a quien habla antes del final:</translation>
    </message>
</context>
<context>
    <name>UnencryptedBackups</name>
    <message>
        <source>One backup in the data folder&apos;s backups folder was made before encryption was turned on and is not encrypted: anyone who gets it can read everyone&apos;s data in it. Delete it? An encrypted backup is made first.</source>
        <translation>Una copia de seguridad en la carpeta backups de la carpeta de datos se hizo antes de activar el cifrado y no está cifrada: quien la consiga puede leer los datos de todas las personas que contiene. ¿Eliminarla? Primero se hace una copia cifrada.</translation>
    </message>
    <message>
        <source>%1 backups in the data folder&apos;s backups folder were made before encryption was turned on and are not encrypted: anyone who gets one can read everyone&apos;s data in it. Delete them? An encrypted backup is made first.</source>
        <translation>%1 copias de seguridad en la carpeta backups de la carpeta de datos se hicieron antes de activar el cifrado y no están cifradas: quien consiga una puede leer los datos de todas las personas que contiene. ¿Eliminarlas? Primero se hace una copia cifrada.</translation>
    </message>
    <message>
        <source>Delete unencrypted backups</source>
        <translation>Eliminar copias de seguridad sin cifrar</translation>
    </message>
    <message>
        <source>One unencrypted backup deleted; the encrypted backup made first is %1.</source>
        <translation>Se eliminó una copia sin cifrar; la copia cifrada hecha antes es %1.</translation>
    </message>
    <message>
        <source>%1 unencrypted backups deleted; the encrypted backup made first is %2.</source>
        <translation>Se eliminaron %1 copias sin cifrar; la copia cifrada hecha antes es %2.</translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation>Eliminarlas</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrors</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>meetingkit ran into an error it did not expect: %1</source>
        <translation>meetingkit se encontró con un error que no esperaba: %1</translation>
    </message>
    <message>
        <source>Every change made before this was saved as it was made. If what you just did did not happen, try it once more. If this comes back, copy the details below for whoever looks after meetingkit: they say where in the program it failed. Nothing has been sent anywhere.</source>
        <translation>Todos los cambios anteriores se guardaron al hacerlos. Si lo que acabas de hacer no ocurrió, inténtalo otra vez. Si el error vuelve, copia los detalles de abajo para quien se ocupe de meetingkit: dicen en qué parte del programa falló. No se ha enviado nada a ningún lado.</translation>
    </message>
    <message>
        <source>Your data file is damaged</source>
        <translation>Tu archivo de datos está dañado</translation>
    </message>
</context>
<context>
    <name>UnheardChoice</name>
    <message>
        <source>1 person is still waiting to speak on “%1”.</source>
        <translation>1 persona sigue esperando para hablar sobre “%1”.</translation>
    </message>
    <message>
        <source>%2 people are still waiting to speak on “%1”.</source>
        <translation>%2 personas siguen esperando para hablar sobre “%1”.</translation>
    </message>
    <message>
        <source>Carry them to “%1”, or move them to the parking lot for later?</source>
        <translation>¿Pasarlas a “%1” o moverlas a temas pendientes para más tarde?</translation>
    </message>
    <message>
        <source>Not carried over: %1. It is about what was said on “%2”, so “Carry them over” takes it off the stack, and the floor&apos;s log says so.</source>
        <translation>No se lleva: %1. Es sobre lo que se dijo en “%2”, así que “Llevarlas a ese punto” quita esa intervención de la lista de palabra, y la bitácora de la palabra lo anota.</translation>
    </message>
    <message>
        <source>Not carried over: %1. They are about what was said on “%2”, so “Carry them over” takes them off the stack, and the floor&apos;s log says so.</source>
        <translation>No se llevan: %1. Son sobre lo que se dijo en “%2”, así que “Llevarlas a ese punto” quita esas intervenciones de la lista de palabra, y la bitácora de la palabra lo anota.</translation>
    </message>
    <message>
        <source>People still on the stack</source>
        <translation>Personas aún en la lista de palabra</translation>
    </message>
    <message>
        <source>Carry them over</source>
        <translation>Llevarlas a ese punto</translation>
    </message>
    <message>
        <source>“Leave them” keeps them on “%1”: they are on the stack again if you go back to it.</source>
        <translation>“Dejarlas” las deja en “%1”: vuelven a estar en la lista de palabra si regresas a ese punto.</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Temas pendientes</translation>
    </message>
    <message>
        <source>Leave them</source>
        <translation>Dejarlas</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to meetingkit</source>
        <translation>Te damos la bienvenida a meetingkit</translation>
    </message>
    <message>
        <source>Run meetings, trainings and assemblies from this laptop: an agenda with live clocks, a speaking stack that shares the floor fairly, sign-in by QR code on people&apos;s own phones, and commitment cards to print.</source>
        <translation>Dirige reuniones, capacitaciones y asambleas desde esta computadora: una agenda con relojes en vivo, una lista de palabra que reparte el tiempo con equidad, registro con código QR en el propio teléfono de cada persona y tarjetas de compromiso para imprimir.</translation>
    </message>
    <message>
        <source>Everything stays on this computer, in one file in the folder %1. Nothing is sent over the internet: no accounts, no cloud. The sign-in page is served on your local network only while you open sign-in for a meeting.</source>
        <translation>Todo se queda en esta computadora, en un solo archivo en la carpeta %1. Nada se envía por internet: sin cuentas, sin nube. La página de registro se sirve en tu red local solo mientras abres el registro de una reunión.</translation>
    </message>
    <message>
        <source>Keep the data in another &amp;folder…</source>
        <translation>Guardar los datos en otra &amp;carpeta…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Explore the &amp;demo meeting</source>
        <translation>Explorar la reunión de &amp;demostración</translation>
    </message>
    <message>
        <source>A made-up working group of health workers, with agendas, sign-ins and commitments. It is deleted when you quit.</source>
        <translation>Un grupo de trabajo ficticio de trabajadoras y trabajadores de la salud, con agendas, registros y compromisos. Se borra al salir.</translation>
    </message>
    <message>
        <source>&amp;Plan my first meeting</source>
        <translation>&amp;Planear mi primera reunión</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Elige la carpeta de datos</translation>
    </message>
</context>
<context>
    <name>What&apos;s next</name>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation>en %1 min</translation>
    </message>
    <message>
        <source>in %1 h</source>
        <translation>en %1 h</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>en %1 días</translation>
    </message>
</context>
<context>
    <name>Wi-Fi code</name>
    <message>
        <source>The Wi-Fi network needs a name (SSID).</source>
        <translation>La red Wi-Fi necesita un nombre (SSID).</translation>
    </message>
    <message>
        <source>The Wi-Fi name %1 is longer than Wi-Fi allows (32 bytes). Use the network&apos;s name exactly as phones list it.</source>
        <translation>El nombre de Wi-Fi %1 es más largo de lo que permite el Wi-Fi (32 bytes). Usa el nombre de la red tal como aparece en los teléfonos.</translation>
    </message>
    <message>
        <source>Unknown Wi-Fi security %1: use one of %2.</source>
        <translation>Seguridad de Wi-Fi desconocida, %1: usa una de estas: %2.</translation>
    </message>
    <message>
        <source>An open Wi-Fi network has no password: leave the password empty.</source>
        <translation>Una red Wi-Fi abierta no tiene contraseña: deja la contraseña vacía.</translation>
    </message>
    <message>
        <source>A WPA Wi-Fi password has 8 to 63 characters; this one has %1. Check the password of the laptop&apos;s hotspot.</source>
        <translation>Una contraseña de Wi-Fi WPA tiene de 8 a 63 caracteres; esta tiene %1. Revisa la contraseña del punto de acceso de la computadora.</translation>
    </message>
</context>
<context>
    <name>_PhaseColumn</name>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <source>%1: steps done</source>
        <translation>%1: pasos hechos</translation>
    </message>
    <message>
        <source>%1 — now</source>
        <translation>%1 — ahora</translation>
    </message>
    <message>
        <source>Nothing needed</source>
        <translation>No hace falta nada</translation>
    </message>
</context>
<context>
    <name>_StepRow</name>
    <message>
        <source>No longer known: this meeting&apos;s names were purged.</source>
        <translation>Ya no se sabe: los nombres de esta reunión se borraron.</translation>
    </message>
    <message>
        <source>Not needed for this meeting.</source>
        <translation>No hace falta en esta reunión.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>meetingkit cannot open its data</source>
        <translation>meetingkit no puede abrir sus datos</translation>
    </message>
    <message>
        <source>&amp;Choose another folder…</source>
        <translation>&amp;Elegir otra carpeta…</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Elige la carpeta de datos</translation>
    </message>
    <message>
        <source>meetingkit is already open</source>
        <translation>meetingkit ya está abierto</translation>
    </message>
    <message>
        <source>meetingkit is already open on %1. Use that window: two windows on the same data would overwrite each other&apos;s changes.</source>
        <translation>meetingkit ya está abierto con %1. Usa esa ventana: dos ventanas con los mismos datos sobrescribirían los cambios de la otra.</translation>
    </message>
    <message>
        <source>The retention purge did not run (%1); it will be tried again next start.</source>
        <translation>La depuración por fin del período de conservación no se hizo (%1); se volverá a intentar en el próximo inicio.</translation>
    </message>
    <message>
        <source>The retention purge did not run (%1); it will be tried again tomorrow.</source>
        <translation>La depuración por fin del período de conservación no se hizo (%1); se volverá a intentar mañana.</translation>
    </message>
    <message>
        <source>Purged the personal data of one meeting whose retention period ended; its anonymous counts are kept.</source>
        <translation>Se depuraron los datos personales de una reunión cuyo plazo de conservación terminó; se conservan sus recuentos anónimos.</translation>
    </message>
    <message>
        <source>Purged the personal data of %1 meetings whose retention period ended; their anonymous counts are kept.</source>
        <translation>Se depuraron los datos personales de %1 reuniones cuyo plazo de conservación terminó; se conservan sus recuentos anónimos.</translation>
    </message>
</context>
<context>
    <name>damaged_data</name>
    <message>
        <source>There is no backup in %1. If you saved one elsewhere, close meetingkit, open a terminal and run this command, with the backup&apos;s file in place of FILE:
%2</source>
        <translation>No hay ninguna copia de seguridad en %1. Si guardaste una en otro lugar, cierra meetingkit, abre una terminal y ejecuta este comando, con el archivo de la copia de seguridad en lugar de FILE:
%2</translation>
    </message>
    <message>
        <source>The newest backup is %1 (written %2). To put it in place of the damaged file, which is kept, close meetingkit, open a terminal and run this command:
%3</source>
        <translation>La copia de seguridad más reciente es %1 (escrita el %2). Para ponerla en lugar del archivo dañado, que se conserva, cierra meetingkit, abre una terminal y ejecuta este comando:
%3</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>profession_bars</name>
    <message>
        <source>%1 — last meeting %2 · all meetings %3</source>
        <translation>%1 — última reunión %2 · todas las reuniones %3</translation>
    </message>
</context>
<context>
    <name>shortcut_sheet</name>
    <message>
        <source>or</source>
        <translation>o</translation>
    </message>
</context>
<context>
    <name>unlock</name>
    <message>
        <source>You asked to change the passphrase of meetingkit&apos;s data in %1. Type the current passphrase to open it; then choose the new one.</source>
        <translation>Pediste cambiar la frase de contraseña de los datos de meetingkit en %1. Escribe la frase de contraseña actual para abrirlos; después elige la nueva.</translation>
    </message>
    <message>
        <source>meetingkit&apos;s data in %1 is encrypted. Type the passphrase to open it.</source>
        <translation>Los datos de meetingkit en %1 están cifrados. Escribe la frase de contraseña para abrirlos.</translation>
    </message>
    <message>
        <source>meetingkit cannot open encrypted data</source>
        <translation>meetingkit no puede abrir datos cifrados</translation>
    </message>
    <message>
        <source>That passphrase does not open the data. Try again (capitals count).</source>
        <translation>Esa frase de contraseña no abre los datos. Inténtalo de nuevo (las mayúsculas cuentan).</translation>
    </message>
    <message>
        <source>Encryption was not turned on.</source>
        <translation>No se activó el cifrado.</translation>
    </message>
    <message>
        <source>Could not encrypt the data</source>
        <translation>No se pudieron cifrar los datos</translation>
    </message>
    <message>
        <source>The data is now encrypted. Backups made before it are not.</source>
        <translation>Los datos ahora están cifrados. Las copias de seguridad hechas antes no lo están.</translation>
    </message>
    <message>
        <source>The data is now encrypted.</source>
        <translation>Los datos ahora están cifrados.</translation>
    </message>
    <message>
        <source>The old file could not be overwritten in place.</source>
        <translation>No se pudo sobrescribir el archivo anterior en su lugar.</translation>
    </message>
    <message>
        <source>delete the unencrypted backups</source>
        <translation>eliminar las copias de seguridad sin cifrar</translation>
    </message>
    <message>
        <source>Turn encryption off</source>
        <translation>Desactivar el cifrado</translation>
    </message>
    <message>
        <source>You asked to turn encryption off. The data will be stored without a passphrase: anyone who can read this computer&apos;s files can read it.</source>
        <translation>Pediste desactivar el cifrado. Los datos se guardarán sin frase de contraseña: cualquiera que pueda leer los archivos de esta computadora podrá leerlos.</translation>
    </message>
    <message>
        <source>Encryption stays on.</source>
        <translation>El cifrado sigue activado.</translation>
    </message>
    <message>
        <source>Could not decrypt the data</source>
        <translation>No se pudieron descifrar los datos</translation>
    </message>
    <message>
        <source>The data is no longer encrypted.</source>
        <translation>Los datos ya no están cifrados.</translation>
    </message>
    <message>
        <source>The passphrase was not changed.</source>
        <translation>No se cambió la frase de contraseña.</translation>
    </message>
    <message>
        <source>Could not change the passphrase</source>
        <translation>No se pudo cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>The current passphrase still opens it.</source>
        <translation>La frase de contraseña actual los sigue abriendo.</translation>
    </message>
    <message>
        <source>The passphrase is changed: only the new one opens the data now. Backups made before keep the old passphrase.</source>
        <translation>La frase de contraseña cambió: ahora solo la nueva abre los datos. Las copias de seguridad hechas antes conservan la frase de contraseña anterior.</translation>
    </message>
    <message>
        <source>%1 The data is as it was.</source>
        <translation>%1 Los datos quedan como estaban.</translation>
    </message>
</context>
<context>
    <name>user_errors</name>
    <message>
        <source>Could not %1</source>
        <translation>No se pudo %1</translation>
    </message>
</context>
</TS>
