import { describe, expect, it } from 'vitest';
import { headerWords, identifyingByContent, identifyingByHeader } from './identifying.js';

describe('identifying columns by header', () => {
  it('reads headers however they are spelt: camel case, underscores, any case', () => {
    expect(['LastName', 'last_name', 'Last Name', 'LAST_NAME', 'lastName'].map(headerWords)).toEqual(Array(5).fill('last name'));
    expect(headerWords('IPAddress')).toBe('ip address');
    expect(headerWords('Your name (optional)')).toBe('your name');
  });

  it.each([
    ['LastName', 'name'], ['last_name', 'name'], ['Surname', 'name'], ['First Name', 'name'], ['FirstName', 'name'],
    ['FullName', 'name'], ['Name', 'name'], ['Respondent name', 'name'], ['Forename', 'name'], ['RecipientLastName', 'name'],
    ['What is your name?', 'name'], ['Email Address', 'email address'], ['EmailAddress', 'email address'], ['e-mail', 'email address'],
    ['IP Address', 'IP address'], ['IPAddress', 'IP address'], ['ipaddr', 'IP address'],
    ['Phone number', 'telephone number'], ['Mobile', 'telephone number'], ['Telephone', 'telephone number'],
    ['Employee number', 'staff, assignment or NHS number'], ['Assignment Number', 'staff, assignment or NHS number'],
    ['Staff ID', 'staff, assignment or NHS number'], ['NHS number', 'staff, assignment or NHS number'],
    ['RespondentID', 'respondent ID'], ['Respondent ID', 'respondent ID'], ['ResponseId', 'respondent ID'], ['ID', 'respondent ID'],
    ['CollectorID', 'collector ID'], ['Collector ID', 'collector ID'],
    ['ExternalReference', 'external reference'], ['External Data Reference', 'external reference'],
    ['LocationLatitude', 'location'], ['Location Longitude', 'location'], ['lat', 'location'],
    ['StartDate', 'exact start time'], ['Start time', 'exact start time'], ['EndDate', 'exact end time'],
    ['Completion time', 'exact end time'], ['RecordedDate', 'exact time'], ['Timestamp', 'exact time'], ['Date submitted', 'exact time'],
    ['CustomData', 'custom data (often a name or staff number)'], ['Custom Data 1', 'custom data (often a name or staff number)'],
    ['Postcode', 'address'], ['Date of birth', 'date of birth'], ['Token', 'access token'],
  ])('%s is identifying (%s)', (header, reason) => {
    expect(identifyingByHeader(header)).toBe(reason);
  });

  it.each([
    'Which ward do you work on?', 'Name one thing that would help', 'How often do you use email?', 'Do you use a mobile phone at work?',
    'Which staff group are you in?', 'Which site do you mainly work at?', 'What one thing would make digital work better for you?',
    'Response', 'Date', 'Rank these priorities - Better wifi', 'How far do you agree? [I can find the information I need]',
  ])('%s is a question', (header) => {
    expect(identifyingByHeader(header)).toBeNull();
  });
});

describe('identifying columns by content', () => {
  it('finds email addresses, even when only half the rows give one', () => {
    expect(identifyingByContent(['a.person@nhs.net', 'b@nhs.net', ''])).toBe('looks like email addresses');
    expect(identifyingByContent(['a.person@nhs.net', 'no', 'b@nhs.net', 'n/a'])).toBe('looks like email addresses');
    expect(identifyingByContent(['a.person@nhs.net', 'no', 'no', 'no'])).toBeNull();
  });

  it('finds IPv4 and IPv6 addresses', () => {
    expect(identifyingByContent(['81.2.69.160', '10.0.0.1'])).toBe('looks like IP addresses');
    expect(identifyingByContent(['2001:db8::1', 'fe80::1ff:fe23:4567:890a'])).toBe('looks like IP addresses');
    expect(identifyingByContent(['1.2', '3.4', '10.5'])).toBeNull();
  });

  it('finds UK telephone numbers as people write them', () => {
    expect(identifyingByContent(['07700 900123', '+44 (0)113 496 0000', '0113-496-0000', '+447700900456'])).toBe('looks like telephone numbers');
    expect(identifyingByContent(['(0161) 496 0123', '020 7946 0018', '07700900789'])).toBe('looks like telephone numbers');
    // Ratings, counts and years are not telephone numbers.
    expect(identifyingByContent(['7', '10', '3', '2024'])).toBeNull();
    expect(identifyingByContent(['0-5', '6-10', '11-20'])).toBeNull();
  });

  it('finds personal names of two or three capitalised words', () => {
    expect(identifyingByContent(['Ada Lovelace', 'Grace Hopper', 'Mary Seacole', 'Florence Nightingale'])).toBe('looks like people\'s names');
    expect(identifyingByContent(['Siobhan O\'Brien', 'Angus McDonald', 'Priya Patel-Shah', 'Mary Jane Smith', ''])).toBe('looks like people\'s names');
  });

  it('does not take choice answers or comments for names', () => {
    expect(identifyingByContent(['Strongly Agree', 'Agree', 'Strongly Agree', 'Neither Agree Nor Disagree'])).toBeNull();
    expect(identifyingByContent(['Strongly agree', 'Strongly disagree', 'Neither agree nor disagree'])).toBeNull();
    expect(identifyingByContent(['Allied Health Professionals', 'Healthcare Scientists', 'Medical and Dental', 'Estates and Ancillary'])).toBeNull();
    expect(identifyingByContent(['Faster log-in, please', 'Fewer passwords', 'The wifi on ward 4 drops out constantly'])).toBeNull();
    expect(identifyingByContent(['Better Wifi', 'Fewer Passwords', 'Single Sign On'])).toBeNull();
    // The same two-word labels on row after row are choices, whoever they might sound like.
    expect(identifyingByContent(['Rose Ward', 'Oak Ward', 'Rose Ward', 'Oak Ward', 'Rose Ward'])).toBeNull();
    expect(identifyingByContent(['Paris Lane', 'Paris Lane', 'Paris Lane', 'Kent Hill', 'Kent Hill'])).toBeNull();
  });

  it('finds map coordinates and a different code or number on every row', () => {
    expect(identifyingByContent(['53.4808123', '-2.2426456'])).toBe('looks like map coordinates');
    expect(identifyingByContent(['R_1a2B3c4D5e6F7g8', 'R_2b3C4d5E6f7G8h9', 'R_3c4D5e6F7g8H9i0'])).toMatch(/respondent ID/);
    expect(identifyingByContent(['114152349', '114152350', '114152351'])).toMatch(/respondent ID/);
    // The same collector number on every row is not a respondent's.
    expect(identifyingByContent(['432198765', '432198765', '432198765'])).toBeNull();
    expect(identifyingByContent(['Daily', 'Weekly', 'Daily'])).toBeNull();
  });
});
