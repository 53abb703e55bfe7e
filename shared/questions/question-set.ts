// The daily questions, written in our own words. Both partners get the same one, so every
// question works for either of them and for any couple: no assumptions about gender, children,
// money, faith or sharing a home, nothing about sex, and nothing that asks for a confession or
// hints at who is to blame. Append new questions with the next free number; never renumber,
// because ids are stored with past answers.

import type { Question } from './question-types.ts';

export const QUESTIONS: readonly Question[] = [
  // Appreciation: noticing each other, small and specific.
  {
    id: 'appreciation-001',
    theme: 'appreciation',
    text: 'What is one small thing I did this week that you were glad about?',
  },
  {
    id: 'appreciation-002',
    theme: 'appreciation',
    text: 'When did you last feel proud of me, even for something tiny?',
  },
  {
    id: 'appreciation-003',
    theme: 'appreciation',
    text: 'What is a habit of mine that makes your days a little easier?',
  },
  {
    id: 'appreciation-004',
    theme: 'appreciation',
    text: 'Which kind word from me has stayed with you the longest?',
  },
  {
    id: 'appreciation-005',
    theme: 'appreciation',
    text: 'What is something I do that you would miss if it stopped?',
  },
  {
    id: 'appreciation-006',
    theme: 'appreciation',
    text: 'What did I do lately that made you feel looked after?',
  },
  {
    id: 'appreciation-007',
    theme: 'appreciation',
    text: 'Which of my quirks do you secretly enjoy?',
  },
  {
    id: 'appreciation-008',
    theme: 'appreciation',
    text: 'What do you admire about the way I treat other people?',
  },
  {
    id: 'appreciation-009',
    theme: 'appreciation',
    text: 'When did I make you laugh just when you needed it?',
  },
  {
    id: 'appreciation-010',
    theme: 'appreciation',
    text: 'What is a moment this month when you felt lucky to know me?',
  },
  {
    id: 'appreciation-011',
    theme: 'appreciation',
    text: 'What is a strength of mine that I might not see in myself?',
  },
  {
    id: 'appreciation-012',
    theme: 'appreciation',
    text: 'Which small kindness from me did you notice but not mention?',
  },
  {
    id: 'appreciation-013',
    theme: 'appreciation',
    text: 'What is something I said lately that made you feel heard?',
  },
  {
    id: 'appreciation-014',
    theme: 'appreciation',
    text: 'What do you like about the way I start my day?',
  },
  {
    id: 'appreciation-015',
    theme: 'appreciation',
    text: 'What is one way I have grown that you have noticed?',
  },
  {
    id: 'appreciation-016',
    theme: 'appreciation',
    text: 'When did I last surprise you in a good way?',
  },
  {
    id: 'appreciation-017',
    theme: 'appreciation',
    text: 'What is a message from me that made you smile?',
  },
  {
    id: 'appreciation-018',
    theme: 'appreciation',
    text: 'What is something about me you would tell a friend with pride?',
  },
  {
    id: 'appreciation-019',
    theme: 'appreciation',
    text: 'What is a way I cheer you up without even trying?',
  },
  {
    id: 'appreciation-020',
    theme: 'appreciation',
    text: 'Which part of who I am do you lean on the most?',
  },
  {
    id: 'appreciation-021',
    theme: 'appreciation',
    text: 'What is a way I show I care that feels just like me?',
  },
  {
    id: 'appreciation-022',
    theme: 'appreciation',
    text: 'What small gesture of mine means more to you than I know?',
  },
  {
    id: 'appreciation-023',
    theme: 'appreciation',
    text: 'What did I do this week that showed you I was listening?',
  },
  {
    id: 'appreciation-024',
    theme: 'appreciation',
    text: 'What is your favourite thing about the way I say hello?',
  },
  {
    id: 'appreciation-025',
    theme: 'appreciation',
    text: 'Which of my talents do you wish I showed off more?',
  },
  {
    id: 'appreciation-026',
    theme: 'appreciation',
    text: 'What is something I handled well that you want me to know you saw?',
  },
  { id: 'appreciation-027', theme: 'appreciation', text: 'When do you feel most valued by me?' },
  {
    id: 'appreciation-028',
    theme: 'appreciation',
    text: 'What would you like to thank me for that you have not said yet?',
  },
  {
    id: 'appreciation-029',
    theme: 'appreciation',
    text: 'What do I bring to a room that you enjoy?',
  },
  {
    id: 'appreciation-030',
    theme: 'appreciation',
    text: 'When have you noticed me being patient with you?',
  },
  {
    id: 'appreciation-031',
    theme: 'appreciation',
    text: 'Which of my small rituals makes you smile?',
  },
  {
    id: 'appreciation-032',
    theme: 'appreciation',
    text: 'What is something I made easier for you this month?',
  },
  {
    id: 'appreciation-033',
    theme: 'appreciation',
    text: 'What is a trait of mine you hope stays just as it is?',
  },
  {
    id: 'appreciation-034',
    theme: 'appreciation',
    text: 'What is a small thing I remembered that meant a lot to you?',
  },
  {
    id: 'appreciation-035',
    theme: 'appreciation',
    text: 'When did you feel I was truly on your side?',
  },
  {
    id: 'appreciation-036',
    theme: 'appreciation',
    text: 'What do you find lovely about the way I care for things?',
  },
  {
    id: 'appreciation-037',
    theme: 'appreciation',
    text: 'What word would you use to describe me at my best?',
  },
  {
    id: 'appreciation-038',
    theme: 'appreciation',
    text: 'Which choice of mine lately made you respect me a little more?',
  },
  // Daily life: the ordinary day, light to share.
  { id: 'daily-life-001', theme: 'daily-life', text: 'What was the best part of your day today?' },
  {
    id: 'daily-life-002',
    theme: 'daily-life',
    text: 'What is one small thing that would make tomorrow go a bit smoother?',
  },
  {
    id: 'daily-life-003',
    theme: 'daily-life',
    text: 'What song has been stuck in your head this week?',
  },
  {
    id: 'daily-life-004',
    theme: 'daily-life',
    text: 'What does your ideal slow morning look like, from the first minute?',
  },
  {
    id: 'daily-life-005',
    theme: 'daily-life',
    text: 'Which meal would you happily eat three days in a row?',
  },
  {
    id: 'daily-life-006',
    theme: 'daily-life',
    text: 'What is a chore you secretly don’t mind doing?',
  },
  {
    id: 'daily-life-007',
    theme: 'daily-life',
    text: 'What made you smile today, even for a second?',
  },
  {
    id: 'daily-life-008',
    theme: 'daily-life',
    text: 'What is on your mind right now that you would like to share?',
  },
  {
    id: 'daily-life-009',
    theme: 'daily-life',
    text: 'What small treat would make this week feel lighter?',
  },
  {
    id: 'daily-life-010',
    theme: 'daily-life',
    text: 'What time of day do you feel most like yourself?',
  },
  {
    id: 'daily-life-011',
    theme: 'daily-life',
    text: 'What is something you learned today, big or small?',
  },
  { id: 'daily-life-012', theme: 'daily-life', text: 'What is a tiny win you had this week?' },
  {
    id: 'daily-life-013',
    theme: 'daily-life',
    text: 'How would you like to spend a free hour this weekend?',
  },
  {
    id: 'daily-life-014',
    theme: 'daily-life',
    text: 'What drink or snack gets you through a long afternoon?',
  },
  {
    id: 'daily-life-015',
    theme: 'daily-life',
    text: 'What is one thing you are looking forward to this week?',
  },
  {
    id: 'daily-life-016',
    theme: 'daily-life',
    text: 'What helped you get through the slow parts of today?',
  },
  {
    id: 'daily-life-017',
    theme: 'daily-life',
    text: 'What would your perfect lazy evening look like?',
  },
  {
    id: 'daily-life-018',
    theme: 'daily-life',
    text: 'What small bother from today would you like to laugh about now?',
  },
  {
    id: 'daily-life-019',
    theme: 'daily-life',
    text: 'Which part of your routine would you keep, whatever else changed?',
  },
  {
    id: 'daily-life-020',
    theme: 'daily-life',
    text: 'What is a small job I could take off your plate this week?',
  },
  {
    id: 'daily-life-021',
    theme: 'daily-life',
    text: 'What are you reading, watching or listening to that you enjoy?',
  },
  { id: 'daily-life-022', theme: 'daily-life', text: 'What is the best thing you ate this week?' },
  {
    id: 'daily-life-023',
    theme: 'daily-life',
    text: 'Who made your day a little better today, and how?',
  },
  {
    id: 'daily-life-024',
    theme: 'daily-life',
    text: 'What would you like to hear more about from my day?',
  },
  {
    id: 'daily-life-025',
    theme: 'daily-life',
    text: 'What would you do with an extra hour each day?',
  },
  {
    id: 'daily-life-026',
    theme: 'daily-life',
    text: 'What part of today would you happily live again?',
  },
  {
    id: 'daily-life-027',
    theme: 'daily-life',
    text: 'What is a place nearby that lifts your mood every time?',
  },
  {
    id: 'daily-life-028',
    theme: 'daily-life',
    text: 'What is one thing you got done today that you are glad about?',
  },
  {
    id: 'daily-life-029',
    theme: 'daily-life',
    text: 'What small comfort do you reach for on a busy day?',
  },
  {
    id: 'daily-life-030',
    theme: 'daily-life',
    text: 'How do you like to unwind after a long day?',
  },
  {
    id: 'daily-life-031',
    theme: 'daily-life',
    text: 'What is a new thing you would like to try this month?',
  },
  {
    id: 'daily-life-032',
    theme: 'daily-life',
    text: 'How is the weather shaping your mood today?',
  },
  {
    id: 'daily-life-033',
    theme: 'daily-life',
    text: 'What is one small thing you could do for yourself in the next hour?',
  },
  {
    id: 'daily-life-034',
    theme: 'daily-life',
    text: 'What did you notice on a walk or trip out lately?',
  },
  {
    id: 'daily-life-035',
    theme: 'daily-life',
    text: 'What is a task you keep putting off, and what would help?',
  },
  {
    id: 'daily-life-036',
    theme: 'daily-life',
    text: 'Which day of the week do you like best, and why?',
  },
  {
    id: 'daily-life-037',
    theme: 'daily-life',
    text: 'What is a small plan for this weekend that you would enjoy?',
  },
  {
    id: 'daily-life-038',
    theme: 'daily-life',
    text: 'What was the most ordinary good moment of your day?',
  },
  // Hopes: what each of you would like ahead, alone and together.
  { id: 'hopes-001', theme: 'hopes', text: 'What is one thing you hope we do together this year?' },
  {
    id: 'hopes-002',
    theme: 'hopes',
    text: 'Where would you love to go if we could leave next week?',
  },
  {
    id: 'hopes-003',
    theme: 'hopes',
    text: 'What is a skill you would like to learn in the next year?',
  },
  {
    id: 'hopes-004',
    theme: 'hopes',
    text: 'What does a good, ordinary day with me look like a year from now?',
  },
  {
    id: 'hopes-005',
    theme: 'hopes',
    text: 'What is a small dream you have not said out loud yet?',
  },
  {
    id: 'hopes-006',
    theme: 'hopes',
    text: 'What is something you are quietly hoping for right now?',
  },
  { id: 'hopes-007', theme: 'hopes', text: 'What is one hope you have for us this month?' },
  { id: 'hopes-008', theme: 'hopes', text: 'What is a tradition you would like us to start?' },
  { id: 'hopes-009', theme: 'hopes', text: 'What is a feeling you want to have more often?' },
  { id: 'hopes-010', theme: 'hopes', text: 'What would make next year feel like a good year?' },
  {
    id: 'hopes-011',
    theme: 'hopes',
    text: 'What is a book, film or show you hope we enjoy together soon?',
  },
  { id: 'hopes-012', theme: 'hopes', text: 'Which adventure, big or small, is on your wish list?' },
  {
    id: 'hopes-013',
    theme: 'hopes',
    text: 'What is a change you hope to make for yourself this year?',
  },
  {
    id: 'hopes-014',
    theme: 'hopes',
    text: 'When you look back on this season of us, what do you hope to feel?',
  },
  {
    id: 'hopes-015',
    theme: 'hopes',
    text: 'What is a place you would like us to see together one day?',
  },
  { id: 'hopes-016', theme: 'hopes', text: 'What would a perfect weekend away look like for you?' },
  {
    id: 'hopes-017',
    theme: 'hopes',
    text: 'What is something you hope we get better at together?',
  },
  {
    id: 'hopes-018',
    theme: 'hopes',
    text: 'What do you hope we still laugh about years from now?',
  },
  {
    id: 'hopes-019',
    theme: 'hopes',
    text: 'What is one goal of yours that I could cheer on more?',
  },
  {
    id: 'hopes-020',
    theme: 'hopes',
    text: 'What is a new place near you that you would like to explore?',
  },
  {
    id: 'hopes-021',
    theme: 'hopes',
    text: 'What is a hope for your own life that I may not know about?',
  },
  {
    id: 'hopes-022',
    theme: 'hopes',
    text: 'What kind of support would help you most with a goal you have?',
  },
  {
    id: 'hopes-023',
    theme: 'hopes',
    text: 'What do you hope we learn about each other this year?',
  },
  { id: 'hopes-024', theme: 'hopes', text: 'What would you like to learn from me, or teach me?' },
  { id: 'hopes-025', theme: 'hopes', text: 'What is one way you hope we grow as a team?' },
  {
    id: 'hopes-026',
    theme: 'hopes',
    text: 'What project would you start if time were no problem?',
  },
  {
    id: 'hopes-027',
    theme: 'hopes',
    text: 'What would help you feel more at peace in the months ahead?',
  },
  { id: 'hopes-028', theme: 'hopes', text: 'What is a habit you hope we build together?' },
  { id: 'hopes-029', theme: 'hopes', text: 'What would make you proud of us a year from now?' },
  { id: 'hopes-030', theme: 'hopes', text: 'What is a hobby you hope to pick up again?' },
  {
    id: 'hopes-031',
    theme: 'hopes',
    text: 'If we made a short list of things to do this year, what goes first?',
  },
  {
    id: 'hopes-032',
    theme: 'hopes',
    text: 'What is something you hope to feel less of this year?',
  },
  {
    id: 'hopes-033',
    theme: 'hopes',
    text: 'What do you hope our friends see when they spend time with us?',
  },
  {
    id: 'hopes-034',
    theme: 'hopes',
    text: 'What is a time of year you would like us to make special?',
  },
  {
    id: 'hopes-035',
    theme: 'hopes',
    text: 'What is one brave thing you would like to do this year?',
  },
  {
    id: 'hopes-036',
    theme: 'hopes',
    text: 'What do you hope I will come to understand about you in time?',
  },
  {
    id: 'hopes-037',
    theme: 'hopes',
    text: 'How do you hope we will handle hard days in the future?',
  },
  { id: 'hopes-038', theme: 'hopes', text: 'What small hope for tomorrow can I help with?' },
  // Memories: good times already shared, and the early days.
  {
    id: 'memories-001',
    theme: 'memories',
    text: 'What is your favourite memory of us from the early days?',
  },
  {
    id: 'memories-002',
    theme: 'memories',
    text: 'When did we laugh so hard that we could not stop?',
  },
  { id: 'memories-003', theme: 'memories', text: 'When did you first feel at ease with me?' },
  {
    id: 'memories-004',
    theme: 'memories',
    text: 'What is a meal we shared that you still think about?',
  },
  {
    id: 'memories-005',
    theme: 'memories',
    text: 'What trip or outing with me do you remember fondly?',
  },
  {
    id: 'memories-006',
    theme: 'memories',
    text: 'What is something I said early on that stuck with you?',
  },
  {
    id: 'memories-007',
    theme: 'memories',
    text: 'What is a small moment with me that you want to keep?',
  },
  { id: 'memories-008', theme: 'memories', text: 'What was the first thing you noticed about me?' },
  { id: 'memories-009', theme: 'memories', text: 'What song takes you back to a time with me?' },
  {
    id: 'memories-010',
    theme: 'memories',
    text: 'What is a day with me that went wrong but became a good story?',
  },
  { id: 'memories-011', theme: 'memories', text: 'When did you first feel we were a real team?' },
  {
    id: 'memories-012',
    theme: 'memories',
    text: 'What is a happy memory from when you were young that you would like to share?',
  },
  { id: 'memories-013', theme: 'memories', text: 'What is a place that reminds you of us?' },
  {
    id: 'memories-014',
    theme: 'memories',
    text: 'What is a photo of us you love, and what do you see in it?',
  },
  {
    id: 'memories-015',
    theme: 'memories',
    text: 'When did I help you through something, and what did it mean to you?',
  },
  {
    id: 'memories-016',
    theme: 'memories',
    text: 'What silly moment of ours still makes you grin?',
  },
  {
    id: 'memories-017',
    theme: 'memories',
    text: 'What is the best surprise you remember from our time together?',
  },
  { id: 'memories-018', theme: 'memories', text: 'When did you feel really proud to be with me?' },
  {
    id: 'memories-019',
    theme: 'memories',
    text: 'What do you remember about the first time we talked for hours?',
  },
  {
    id: 'memories-020',
    theme: 'memories',
    text: 'What small tradition of ours do you remember starting?',
  },
  {
    id: 'memories-021',
    theme: 'memories',
    text: 'What is a rainy day with me that you remember well?',
  },
  {
    id: 'memories-022',
    theme: 'memories',
    text: 'What is a gift from me, big or small, that you still treasure?',
  },
  {
    id: 'memories-023',
    theme: 'memories',
    text: 'What memory of us feels warm to think about today?',
  },
  {
    id: 'memories-024',
    theme: 'memories',
    text: 'When did I make you feel cared for in a way you still remember?',
  },
  {
    id: 'memories-025',
    theme: 'memories',
    text: 'What is a favourite evening of ours from the past year?',
  },
  {
    id: 'memories-026',
    theme: 'memories',
    text: 'When did you see a new side of me for the first time?',
  },
  {
    id: 'memories-027',
    theme: 'memories',
    text: 'What is one of our inside jokes, and how did it start?',
  },
  {
    id: 'memories-028',
    theme: 'memories',
    text: 'What is a time we worked as a team to fix a small problem?',
  },
  {
    id: 'memories-029',
    theme: 'memories',
    text: 'What is a day you would like to relive with me?',
  },
  {
    id: 'memories-030',
    theme: 'memories',
    text: 'What is a time we got lost, or late, and it turned out fine?',
  },
  {
    id: 'memories-031',
    theme: 'memories',
    text: 'What is a time we tried something new together?',
  },
  {
    id: 'memories-032',
    theme: 'memories',
    text: 'Which of our old stories do you like telling the most?',
  },
  {
    id: 'memories-033',
    theme: 'memories',
    text: 'What is a favourite memory of you and a good friend?',
  },
  {
    id: 'memories-034',
    theme: 'memories',
    text: 'What did you like most about our first few weeks?',
  },
  {
    id: 'memories-035',
    theme: 'memories',
    text: 'When did someone else make us both laugh at the same time?',
  },
  {
    id: 'memories-036',
    theme: 'memories',
    text: 'Which time of year holds good memories of us for you?',
  },
  { id: 'memories-037', theme: 'memories', text: 'When did you feel I really understood you?' },
  {
    id: 'memories-038',
    theme: 'memories',
    text: 'What is a sound or smell that brings back a time with me?',
  },
  // Repair and trust: feeling safe, kept promises, hard days and noticed effort.
  // Each works for either partner and asks about what helps, never what went wrong.
  {
    id: 'repair-trust-001',
    theme: 'repair-trust',
    text: 'What is one small thing that helps you feel safe with me?',
  },
  {
    id: 'repair-trust-002',
    theme: 'repair-trust',
    text: 'What is a promise, however small, that you saw me keep this week?',
  },
  { id: 'repair-trust-003', theme: 'repair-trust', text: 'What helps you most on a hard day?' },
  {
    id: 'repair-trust-004',
    theme: 'repair-trust',
    text: 'What is one effort of mine lately that you noticed?',
  },
  {
    id: 'repair-trust-005',
    theme: 'repair-trust',
    text: 'When did you feel you could count on me this week?',
  },
  {
    id: 'repair-trust-006',
    theme: 'repair-trust',
    text: 'What small thing could I do tomorrow that would help you feel steady?',
  },
  {
    id: 'repair-trust-007',
    theme: 'repair-trust',
    text: 'What does a calm evening between us look like for you?',
  },
  {
    id: 'repair-trust-008',
    theme: 'repair-trust',
    text: 'What helps you feel heard when we talk about something hard?',
  },
  {
    id: 'repair-trust-009',
    theme: 'repair-trust',
    text: 'What is one small promise you would like to make to me this week?',
  },
  {
    id: 'repair-trust-010',
    theme: 'repair-trust',
    text: 'How can I show up for you on a tough day?',
  },
  {
    id: 'repair-trust-011',
    theme: 'repair-trust',
    text: 'What would make it easier for you to raise something that worries you?',
  },
  {
    id: 'repair-trust-012',
    theme: 'repair-trust',
    text: 'What is one thing you are proud of in how we are trying lately?',
  },
  {
    id: 'repair-trust-013',
    theme: 'repair-trust',
    text: 'What is a sign, however small, that things are getting steadier?',
  },
  {
    id: 'repair-trust-014',
    theme: 'repair-trust',
    text: 'How can I tell when you need a pause, and what helps then?',
  },
  {
    id: 'repair-trust-015',
    theme: 'repair-trust',
    text: 'When we take a break from a hard talk, what helps you come back?',
  },
  {
    id: 'repair-trust-016',
    theme: 'repair-trust',
    text: 'What is a small promise to yourself that you are keeping?',
  },
  {
    id: 'repair-trust-017',
    theme: 'repair-trust',
    text: 'What small, steady habit would help you feel good about the week ahead?',
  },
  {
    id: 'repair-trust-018',
    theme: 'repair-trust',
    text: 'What is a word or gesture that tells you we are okay?',
  },
  {
    id: 'repair-trust-019',
    theme: 'repair-trust',
    text: 'What would you like more of from me, in small daily ways?',
  },
  {
    id: 'repair-trust-020',
    theme: 'repair-trust',
    text: 'What is one thing that helps you feel you can be open with me?',
  },
  {
    id: 'repair-trust-021',
    theme: 'repair-trust',
    text: 'How can I respect your pace when things feel tender?',
  },
  {
    id: 'repair-trust-022',
    theme: 'repair-trust',
    text: 'What small thing helped you feel closer to me this week?',
  },
  {
    id: 'repair-trust-023',
    theme: 'repair-trust',
    text: 'What does feeling safe with someone mean to you?',
  },
  {
    id: 'repair-trust-024',
    theme: 'repair-trust',
    text: 'What is one way we could make hard talks feel gentler?',
  },
  {
    id: 'repair-trust-025',
    theme: 'repair-trust',
    text: 'What does it look like to you when someone keeps their word?',
  },
  {
    id: 'repair-trust-026',
    theme: 'repair-trust',
    text: 'What small routine between us helps you feel grounded?',
  },
  {
    id: 'repair-trust-027',
    theme: 'repair-trust',
    text: 'What did I do this week that matched what I said I would do?',
  },
  {
    id: 'repair-trust-028',
    theme: 'repair-trust',
    text: 'What small step have we taken together that you want to mark?',
  },
  {
    id: 'repair-trust-029',
    theme: 'repair-trust',
    text: 'What kind of check-in helps you feel close without feeling watched?',
  },
  {
    id: 'repair-trust-030',
    theme: 'repair-trust',
    text: 'What is one thing I can keep doing that helps you relax around me?',
  },
  {
    id: 'repair-trust-031',
    theme: 'repair-trust',
    text: 'What helps you believe that a kind word is meant?',
  },
  {
    id: 'repair-trust-032',
    theme: 'repair-trust',
    text: 'What does a good apology sound like to you?',
  },
  {
    id: 'repair-trust-033',
    theme: 'repair-trust',
    text: 'What would you like me to know about your hard days?',
  },
  {
    id: 'repair-trust-034',
    theme: 'repair-trust',
    text: 'How do you like to be comforted when you feel low?',
  },
  {
    id: 'repair-trust-035',
    theme: 'repair-trust',
    text: 'What are you learning about trust, in your own words?',
  },
  {
    id: 'repair-trust-036',
    theme: 'repair-trust',
    text: 'What is one small way we could be kinder to each other this week?',
  },
  {
    id: 'repair-trust-037',
    theme: 'repair-trust',
    text: 'What helps you believe we can grow through a rough patch?',
  },
  {
    id: 'repair-trust-038',
    theme: 'repair-trust',
    text: 'What would you like us to do when one of us feels unsure?',
  },
  {
    id: 'repair-trust-039',
    theme: 'repair-trust',
    text: 'What new thing between us are you glad to be building?',
  },
  {
    id: 'repair-trust-040',
    theme: 'repair-trust',
    text: 'What shows you that someone is truly trying?',
  },
  // Fun: play and imagination.
  {
    id: 'fun-001',
    theme: 'fun',
    text: 'If we had a free day with no plans, what would you pick first?',
  },
  { id: 'fun-002', theme: 'fun', text: 'What animal do you think I would be, and why?' },
  { id: 'fun-003', theme: 'fun', text: 'What would our theme song be?' },
  {
    id: 'fun-004',
    theme: 'fun',
    text: 'If you could master a silly skill overnight, what would it be?',
  },
  { id: 'fun-005', theme: 'fun', text: 'What is the strangest food you have ended up liking?' },
  { id: 'fun-006', theme: 'fun', text: 'If we opened a tiny shop together, what would it sell?' },
  { id: 'fun-007', theme: 'fun', text: 'What game would you pick for a cosy night in?' },
  { id: 'fun-008', theme: 'fun', text: 'What would you name a pet snail?' },
  {
    id: 'fun-009',
    theme: 'fun',
    text: 'Which made-up character would you swap lives with for a day?',
  },
  { id: 'fun-010', theme: 'fun', text: 'What is the best dance move you know?' },
  { id: 'fun-011', theme: 'fun', text: 'What is a film you could watch again and again?' },
  { id: 'fun-012', theme: 'fun', text: 'If we had a secret handshake, what would it look like?' },
  { id: 'fun-013', theme: 'fun', text: 'What would you cook if you had to win a contest tonight?' },
  {
    id: 'fun-014',
    theme: 'fun',
    text: 'What is the silliest thing that made you laugh this week?',
  },
  {
    id: 'fun-015',
    theme: 'fun',
    text: 'If you could have one superpower for just a day, which would you pick?',
  },
  { id: 'fun-016', theme: 'fun', text: 'What would the title of a film about us be?' },
  { id: 'fun-017', theme: 'fun', text: 'What holiday would you invent, and how would we mark it?' },
  { id: 'fun-018', theme: 'fun', text: 'What is your go-to song to sing along to?' },
  { id: 'fun-019', theme: 'fun', text: 'If we took a tiny trip, which snack would be a must?' },
  { id: 'fun-020', theme: 'fun', text: 'What hobby would you try just for the fun of it?' },
  { id: 'fun-021', theme: 'fun', text: 'What would your dream pizza have on it?' },
  { id: 'fun-022', theme: 'fun', text: 'If you were a flavour of ice cream, what would you be?' },
  { id: 'fun-023', theme: 'fun', text: 'What is the most fun you have had on a rainy day?' },
  { id: 'fun-024', theme: 'fun', text: 'Which cartoon did you love most when you were young?' },
  { id: 'fun-025', theme: 'fun', text: 'If we could pop anywhere for lunch, where would we go?' },
  { id: 'fun-026', theme: 'fun', text: 'What is a word you just love the sound of?' },
  { id: 'fun-027', theme: 'fun', text: 'What would you do if you were invisible for an hour?' },
  { id: 'fun-028', theme: 'fun', text: 'What is the best joke you know?' },
  { id: 'fun-029', theme: 'fun', text: 'If you wrote a book, what would the first line be?' },
  {
    id: 'fun-030',
    theme: 'fun',
    text: 'What three things would you bring to a picnic on a desert island?',
  },
  { id: 'fun-031', theme: 'fun', text: 'What game from when you were young would you play again?' },
  {
    id: 'fun-032',
    theme: 'fun',
    text: 'If our life were a sitcom, what would this week’s episode be called?',
  },
  { id: 'fun-033', theme: 'fun', text: 'What is a fun fact you know that most people don’t?' },
  { id: 'fun-034', theme: 'fun', text: 'What would your ideal blanket fort have inside?' },
  {
    id: 'fun-035',
    theme: 'fun',
    text: 'If you could eat food of only one colour for a day, which colour?',
  },
  { id: 'fun-036', theme: 'fun', text: 'What would you wear to a party with a silly theme?' },
  { id: 'fun-037', theme: 'fun', text: 'What is a small, silly goal we could try this week?' },
  { id: 'fun-038', theme: 'fun', text: 'If we were a band, what would we be called?' },
  { id: 'fun-039', theme: 'fun', text: 'What kind of play makes you feel most like yourself?' },
  { id: 'fun-040', theme: 'fun', text: 'What is a silly habit of ours that you hope we keep?' },
];
