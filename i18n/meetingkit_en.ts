<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgendaEditor</name>
    <message numerus="yes">
        <source>%n items · %2 planned · ends %3 (the meeting is planned %4–%5)</source>
        <translation>
            <numerusform>%n item · %2 planned · ends %3 (the meeting is planned %4–%5)</numerusform>
            <numerusform>%n items · %2 planned · ends %3 (the meeting is planned %4–%5)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items · %2 planned · ran %3–%6 (the meeting was planned %4–%5)</source>
        <translation>
            <numerusform>%n item · %2 planned · ran %3–%6 (the meeting was planned %4–%5)</numerusform>
            <numerusform>%n items · %2 planned · ran %3–%6 (the meeting was planned %4–%5)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items · %2 planned · started %3, projected end %6 (the meeting is planned %4–%5)</source>
        <translation>
            <numerusform>%n item · %2 planned · started %3, projected end %6 (the meeting is planned %4–%5)</numerusform>
            <numerusform>%n items · %2 planned · started %3, projected end %6 (the meeting is planned %4–%5)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add “%1” (%n items, %3)</source>
        <translation>
            <numerusform>Add “%1” (%n item, %3)</numerusform>
            <numerusform>Add “%1” (%n items, %3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaRunner</name>
    <message numerus="yes">
        <source>%n people waiting to speak, %1 left: close the stack? (Ctrl+3, then Ctrl+K)</source>
        <translation>
            <numerusform>%n person waiting to speak, %1 left: close the stack? (Ctrl+3, then Ctrl+K)</numerusform>
            <numerusform>%n people waiting to speak, %1 left: close the stack? (Ctrl+3, then Ctrl+K)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items have not been reached.</source>
        <translation>
            <numerusform>%n item has not been reached.</numerusform>
            <numerusform>%n items have not been reached.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The minutes of %n items are not saved yet. They stay here, and meetingkit keeps trying to save them.</source>
        <translation>
            <numerusform>The minutes of %n item are not saved yet. They stay here, and meetingkit keeps trying to save them.</numerusform>
            <numerusform>The minutes of %n items are not saved yet. They stay here, and meetingkit keeps trying to save them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AirtimeBars</name>
    <message numerus="yes">
        <source>+%n more groups</source>
        <translation>
            <numerusform>+%n more group</numerusform>
            <numerusform>+%n more groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AirtimePanel</name>
    <message numerus="yes">
        <source>%n smaller group(s) not shown, as on the projector.</source>
        <translation>
            <numerusform>%n smaller group not shown, as on the projector.</numerusform>
            <numerusform>%n smaller groups not shown, as on the projector.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArrivalsModel</name>
    <message numerus="yes">
        <source>Signed in %n times; this row is the latest.</source>
        <translation>
            <numerusform>Signed in %n time; this row is the latest.</numerusform>
            <numerusform>Signed in %n times; this row is the latest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BalanceTab</name>
    <message numerus="yes">
        <source>%n professions over %1.</source>
        <translation>
            <numerusform>%n profession over %1.</numerusform>
            <numerusform>%n professions over %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meetings held</source>
        <translation>
            <numerusform>%n meeting held</numerusform>
            <numerusform>%n meetings held</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommitmentsTab</name>
    <message numerus="yes">
        <source>%n commitments</source>
        <translation>
            <numerusform>%n commitment</numerusform>
            <numerusform>%n commitments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” from the cards?

%n recorded commitments use it. They are kept, with their text, follow-up status and notes; only new cards stop offering it.</source>
        <translation>
            <numerusform>Remove “%1” from the cards?

%n recorded commitment uses it. It is kept, with its text, follow-up status and notes; only new cards stop offering it.</numerusform>
            <numerusform>Remove “%1” from the cards?

%n recorded commitments use it. They are kept, with their text, follow-up status and notes; only new cards stop offering it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CurriculaPage</name>
    <message numerus="yes">
        <source>%n problem(s) to fix</source>
        <translation>
            <numerusform>%n problem to fix</numerusform>
            <numerusform>%n problems to fix</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 min in %n session(s) · %4–%5 people · %6</source>
        <translation>
            <numerusform>%1 min in %n session · %4–%5 people · %6</numerusform>
            <numerusform>%1 min in %n sessions · %4–%5 people · %6</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CurriculumRunsPanel</name>
    <message numerus="yes">
        <source>Ran in %n training(s): %1</source>
        <translation>
            <numerusform>Ran in %n training: %1</numerusform>
            <numerusform>Ran in %n trainings: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>People in the file: %n.</source>
        <translation>
            <numerusform>People in the file: %n.</numerusform>
            <numerusform>People in the file: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n — </source>
        <translation>
            <numerusform>Left out: %n — </numerusform>
            <numerusform>Left out: %n — </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Email or phone left blank for %n: they did not agree to be contacted that way.</source>
        <translation>
            <numerusform>Email or phone left blank for %n person: they did not agree to be contacted that way.</numerusform>
            <numerusform>Email or phone left blank for %n people: they did not agree to be contacted that way.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportLogModel</name>
    <message numerus="yes">
        <source>%n appointments</source>
        <translation>
            <numerusform>%n appointment</numerusform>
            <numerusform>%n appointments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out of it</source>
        <translation>
            <numerusform>%n left out of it</numerusform>
            <numerusform>%n left out of it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FloorTab</name>
    <message numerus="yes">
        <source>%n people waiting.</source>
        <translation>
            <numerusform>%n person waiting.</numerusform>
            <numerusform>%n people waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people waiting to speak, %1 left: close the stack? (%2)</source>
        <translation>
            <numerusform>%n person waiting to speak, %1 left: close the stack? (%2)</numerusform>
            <numerusform>%n people waiting to speak, %1 left: close the stack? (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people waiting to speak, the item is %1 over: close the stack? (%2)</source>
        <translation>
            <numerusform>%n person waiting to speak, the item is %1 over: close the stack? (%2)</numerusform>
            <numerusform>%n people waiting to speak, the item is %1 over: close the stack? (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message numerus="yes">
        <source>%n marked lapsed.</source>
        <translation>
            <numerusform>%n marked lapsed.</numerusform>
            <numerusform>%n marked lapsed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meetings held</source>
        <translation>
            <numerusform>%n meeting held</numerusform>
            <numerusform>%n meetings held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coming up</source>
        <translation>
            <numerusform>%n coming up</numerusform>
            <numerusform>%n coming up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fewer people at each of the last %n</source>
        <translation>
            <numerusform>fewer people at the last meeting</numerusform>
            <numerusform>fewer people at each of the last %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuidedPathPanel</name>
    <message numerus="yes">
        <source>Now: %1 — %2 of %n steps done</source>
        <translation>
            <numerusform>Now: %1 — %2 of %n step done</numerusform>
            <numerusform>Now: %1 — %2 of %n steps done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LapseDialog</name>
    <message numerus="yes">
        <source>The %n selected</source>
        <translation>
            <numerusform>The %n selected</numerusform>
            <numerusform>The %n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n lapsed</source>
        <translation>
            <numerusform>Mark %n lapsed</numerusform>
            <numerusform>Mark %n lapsed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Saved %1: %n people to call (%2). Keep it private; shred it after the calls.</source>
        <translation>
            <numerusform>Saved %1: %n person to call (%2). Keep it private; shred it after the call.</numerusform>
            <numerusform>Saved %1: %n people to call (%2). Keep it private; shred it after the calls.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n follow-ups to %1. Import it into your calendar app.</source>
        <translation>
            <numerusform>Saved %n follow-up to %1. Import it into your calendar app.</numerusform>
            <numerusform>Saved %n follow-ups to %1. Import it into your calendar app.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved to %1: the due dates on its cards moved with it, %n days later.</source>
        <translation>
            <numerusform>Moved to %1: the due dates on its cards moved with it, %n day later.</numerusform>
            <numerusform>Moved to %1: the due dates on its cards moved with it, %n days later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved to %1: the due dates on its cards moved with it, %n days earlier.</source>
        <translation>
            <numerusform>Moved to %1: the due dates on its cards moved with it, %n day earlier.</numerusform>
            <numerusform>Moved to %1: the due dates on its cards moved with it, %n days earlier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commitments already made keep the date people committed to.</source>
        <translation>
            <numerusform>%n commitment already made keeps the date its person committed to.</numerusform>
            <numerusform>%n commitments already made keep the date people committed to.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n people to %1. %2</source>
        <translation>
            <numerusform>Exported %n person to %1. %2</numerusform>
            <numerusform>Exported %n people to %1. %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingDeletion</name>
    <message numerus="yes">
        <source>%n sign-ins</source>
        <translation>
            <numerusform>%n sign-in</numerusform>
            <numerusform>%n sign-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendees</source>
        <translation>
            <numerusform>%n attendee</numerusform>
            <numerusform>%n attendees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turns</source>
        <translation>
            <numerusform>%n turn</numerusform>
            <numerusform>%n turns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cards</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commitments with their follow-ups</source>
        <translation>
            <numerusform>%n commitment with its follow-up</numerusform>
            <numerusform>%n commitments with their follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the minutes of %n items</source>
        <translation>
            <numerusform>the minutes of %n item</numerusform>
            <numerusform>the minutes of %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decisions</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n temperature checks</source>
        <translation>
            <numerusform>%n temperature check</numerusform>
            <numerusform>%n temperature checks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people who came into your directory at a meeting, with nothing else on record, are deleted from it too.</source>
        <translation>
            <numerusform>%n person who came into your directory at a meeting, with nothing else on record, is deleted from it too.</numerusform>
            <numerusform>%n people who came into your directory at a meeting, with nothing else on record, are deleted from it too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message numerus="yes">
        <source>The due dates on its cards move with it: %n days later.</source>
        <translation>
            <numerusform>The due dates on its cards move with it: %n day later.</numerusform>
            <numerusform>The due dates on its cards move with it: %n days later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The due dates on its cards move with it: %n days earlier.</source>
        <translation>
            <numerusform>The due dates on its cards move with it: %n day earlier.</numerusform>
            <numerusform>The due dates on its cards move with it: %n days earlier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message numerus="yes">
        <source>Upcoming (%n)</source>
        <translation>
            <numerusform>Upcoming (%n)</numerusform>
            <numerusform>Upcoming (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Past (%n)</source>
        <translation>
            <numerusform>Past (%n)</numerusform>
            <numerusform>Past (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message numerus="yes">
        <source>Came to %1 of %n meetings held</source>
        <translation>
            <numerusform>Came to %1 of %n meeting held</numerusform>
            <numerusform>Came to %1 of %n meetings held</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NextMeetingDialog</name>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotSeenTab</name>
    <message numerus="yes">
        <source>Everyone who came before was at one of the last %n meetings.</source>
        <translation>
            <numerusform>Everyone who came before was at the last meeting.</numerusform>
            <numerusform>Everyone who came before was at one of the last %n meetings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Members first (%1), then %n people who came but are not members.</source>
        <translation>
            <numerusform>Members first (%1), then %n person who came but is not a member.</numerusform>
            <numerusform>Members first (%1), then %n people who came but are not members.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message numerus="yes">
        <source>Review %n possible duplicate(s)…</source>
        <translation>
            <numerusform>Review %n possible duplicate…</numerusform>
            <numerusform>Review %n possible duplicates…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review new details for %n person(s)…</source>
        <translation>
            <numerusform>Review new details for %n person…</numerusform>
            <numerusform>Review new details for %n people…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message numerus="yes">
        <source>“%1” now keeps only counts. %n people were deleted from the directory;</source>
        <translation>
            <numerusform>“%1” now keeps only counts. %n person was deleted from the directory;</numerusform>
            <numerusform>“%1” now keeps only counts. %n people were deleted from the directory;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backups in the data folder&apos;s backups folder: %n, %1 in all.</source>
        <translation>
            <numerusform>Backups in the data folder&apos;s backups folder: %n, %1 in all.</numerusform>
            <numerusform>Backups in the data folder&apos;s backups folder: %n, %1 in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them were made before encryption was turned on and are not encrypted.</source>
        <translation>
            <numerusform>%n of them was made before encryption was turned on and is not encrypted.</numerusform>
            <numerusform>%n of them were made before encryption was turned on and are not encrypted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backups folder also holds %n unfinished copies of the data, left hidden by a backup or restore that was stopped half-way, which are not encrypted.</source>
        <translation>
            <numerusform>The backups folder also holds %n unfinished copy of the data, left hidden by a backup or restore that was stopped half-way, which is not encrypted.</numerusform>
            <numerusform>The backups folder also holds %n unfinished copies of the data, left hidden by a backup or restore that was stopped half-way, which are not encrypted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people who came into your directory at a meeting, with nothing else on record, are deleted from it.</source>
        <translation>
            <numerusform>%n person who came into your directory at a meeting, with nothing else on record, is deleted from it.</numerusform>
            <numerusform>%n people who came into your directory at a meeting, with nothing else on record, are deleted from it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n who were in your directory on their own (imported, or added by hand) stay.</source>
        <translation>
            <numerusform>%n who was in your directory on their own (imported, or added by hand) stays.</numerusform>
            <numerusform>%n who were in your directory on their own (imported, or added by hand) stay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n linked to other meetings, groups or follow-ups stay too.</source>
        <translation>
            <numerusform>%n linked to other meetings, groups or follow-ups stays too.</numerusform>
            <numerusform>%n linked to other meetings, groups or follow-ups stay too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n are kept: linked to other meetings, groups or follow-ups, or in your directory on their own.</source>
        <translation>
            <numerusform>%n is kept: linked to other meetings, groups or follow-ups, or in your directory on their own.</numerusform>
            <numerusform>%n are kept: linked to other meetings, groups or follow-ups, or in your directory on their own.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meetings</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has %n people who are not in your current data: anyone you forgot since this backup was made comes back.</source>
        <translation>
            <numerusform>It has %n person who is not in your current data: anyone you forgot since this backup was made comes back.</numerusform>
            <numerusform>It has %n people who are not in your current data: anyone you forgot since this backup was made comes back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordCardDialog</name>
    <message numerus="yes">
        <source>Recording the card like this deletes %n of %1&apos;s commitments, and their follow-up status and notes go with them:

%2

Cancel to go back to the card and tick them again.</source>
        <translation>
            <numerusform>Recording the card like this deletes %n of %1&apos;s commitments, and its follow-up status and notes go with it:

%2

Cancel to go back to the card and tick it again.</numerusform>
            <numerusform>Recording the card like this deletes %n of %1&apos;s commitments, and their follow-up status and notes go with them:

%2

Cancel to go back to the card and tick them again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message numerus="yes">
        <source>How long each of the %n selected meetings keeps who came, their sign-ins and commitments, counted from its own date. After that meetingkit removes them as it starts, keeping only anonymous counts.</source>
        <translation>
            <numerusform>How long the selected meeting keeps who came, their sign-ins and commitments, counted from its date. After that meetingkit removes them as it starts, keeping only anonymous counts.</numerusform>
            <numerusform>How long each of the %n selected meetings keeps who came, their sign-ins and commitments, counted from its own date. After that meetingkit removes them as it starts, keeping only anonymous counts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionModel</name>
    <message numerus="yes">
        <source>Kept until %1 (%n days after)</source>
        <translation>
            <numerusform>Kept until %1 (%n day after)</numerusform>
            <numerusform>Kept until %1 (%n days after)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionTable</name>
    <message numerus="yes">
        <source>%n meetings are past their retention: meetingkit purges them the next time it starts.</source>
        <translation>
            <numerusform>One meeting is past its retention: meetingkit purges it the next time it starts.</numerusform>
            <numerusform>%n meetings are past their retention: meetingkit purges them the next time it starts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meetings are kept until you purge them: select several (Ctrl+A selects all) to set them at once.</source>
        <translation>
            <numerusform>One meeting is kept until you purge it.</numerusform>
            <numerusform>%n meetings are kept until you purge them: select several (Ctrl+A selects all) to set them at once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New meetings keep it %n days after their date (Edit › Settings…).</source>
        <translation>
            <numerusform>New meetings keep it %n day after their date (Edit › Settings…).</numerusform>
            <numerusform>New meetings keep it %n days after their date (Edit › Settings…).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep the personal data of the %n selected meetings until you purge it? No purge is planned for them then.</source>
        <translation>
            <numerusform>Keep the personal data of the selected meeting until you purge it? No purge is planned for it then.</numerusform>
            <numerusform>Keep the personal data of the %n selected meetings until you purge it? No purge is planned for them then.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep the personal data of the %n selected meetings until %1 days after each one&apos;s date?</source>
        <translation>
            <numerusform>Keep the personal data of the selected meeting until %1 days after its date?</numerusform>
            <numerusform>Keep the personal data of the %n selected meetings until %1 days after each one&apos;s date?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are older than that: meetingkit purges their personal data the next time it starts, keeping only anonymous counts.</source>
        <translation>
            <numerusform>One of them is older than that: meetingkit purges its personal data the next time it starts, keeping only anonymous counts.</numerusform>
            <numerusform>%n of them are older than that: meetingkit purges their personal data the next time it starts, keeping only anonymous counts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already purged are left as they are.</source>
        <translation>
            <numerusform>One already purged is left as it is.</numerusform>
            <numerusform>%n already purged are left as they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RolesPanel</name>
    <message numerus="yes">
        <source>Saved %1: %n role card(s) — opening it in your PDF viewer.</source>
        <translation>
            <numerusform>Saved %1: %n role card — opening it in your PDF viewer.</numerusform>
            <numerusform>Saved %1: %n role cards — opening it in your PDF viewer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1: %n role card(s). Open it in a PDF viewer to print it.</source>
        <translation>
            <numerusform>Saved %1: %n role card. Open it in a PDF viewer to print it.</numerusform>
            <numerusform>Saved %1: %n role cards. Open them in a PDF viewer to print them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message numerus="yes">
        <source>%1: %2 rows, %3, separated by %4.</source>
        <translation>
            <numerusform>%1: %2 row, %3, separated by %4.</numerusform>
            <numerusform>%1: %2 rows, %3, separated by %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 new people share a phone, email or full name with someone already here or earlier in the file: they are added, not merged. Review them in People › Review possible duplicates.</source>
        <translation>
            <numerusform>%1 new person shares a phone, email or full name with someone already here or earlier in the file: added, not merged. Review them in People › Review possible duplicates.</numerusform>
            <numerusform>%1 new people share a phone, email or full name with someone already here or earlier in the file: they are added, not merged. Review them in People › Review possible duplicates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RotationPanel</name>
    <message numerus="yes">
        <source>Groups of %1: %n rounds × (%2)</source>
        <translation>
            <numerusform>Groups of %1: %n round × (%2)</numerusform>
            <numerusform>Groups of %1: %n rounds × (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInTab</name>
    <message numerus="yes">
        <source>Review new details for %n person(s)…</source>
        <translation>
            <numerusform>Review new details for %n person…</numerusform>
            <numerusform>Review new details for %n people…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n here</source>
        <translation>
            <numerusform>%n here</numerusform>
            <numerusform>%n here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed in</source>
        <translation>
            <numerusform>%n signed in</numerusform>
            <numerusform>%n signed in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n first time</source>
        <translation>
            <numerusform>%n first time</numerusform>
            <numerusform>%n first time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more for quorum</source>
        <translation>
            <numerusform>%n more for quorum</numerusform>
            <numerusform>%n more for quorum</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message numerus="yes">
        <source>%n open, none overdue in the last %1 days.</source>
        <translation>
            <numerusform>%n open, none overdue in the last %1 days.</numerusform>
            <numerusform>%n open, none overdue in the last %1 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open, none overdue.</source>
        <translation>
            <numerusform>%n open, none overdue.</numerusform>
            <numerusform>%n open, none overdue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue for more than %1 days: call them when you can, or mark them lapsed on the Follow-ups page.</source>
        <translation>
            <numerusform>%n overdue for more than %1 days: call them when you can, or mark it lapsed on the Follow-ups page.</numerusform>
            <numerusform>%n overdue for more than %1 days: call them when you can, or mark them lapsed on the Follow-ups page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue of %1 open. Call these first:</source>
        <translation>
            <numerusform>%n overdue of %1 open. Call these first:</numerusform>
            <numerusform>%n overdue of %1 open. Call these first:</numerusform>
        </translation>
    </message>
</context>
</TS>
