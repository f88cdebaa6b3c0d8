import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { zipSync } from 'fflate';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { bodyToPlainText } from '../../../../shared/body/bodyToPlainText';
import { defaultSeries } from '../../../../electron/db/defaults/defaultSeries';
import { itemsOfReading } from '../../../../electron/import/itemsOfReading';
import { readImportFile } from '../../../../electron/import/readImportFile';

const fixtures = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'import');

/** What a file reads as, in the office's default series: the one item's fields with the body as plain text. */
async function readAs(name: string, bytes: Uint8Array) {
  const read = itemsOfReading(await readImportFile(name, bytes), defaultSeries);
  if ('refused' in read) return read;
  const [item] = read.items;
  if (!item || read.items.length !== 1) throw new Error('one item expected');
  return { ...item, body: bodyToPlainText(item.content.body, '').split('\n\n') };
}

describe('reading each kind of file the office keeps', () => {
  it('a saved web page: menus, toolbar, the title twice, the byline, empty lines, "regresar", the gallery and the footer left out', async () => {
    const read = await readAs('c145.html', readFileSync(join(fixtures, 'web-page-es.html')));
    expect(read).toMatchObject({
      number: 145,
      content: { series: 'comunicado', place: 'Ciudad de México', date: '2016-04-23', title: 'IPN Y NUEVO MÉXICO IMPULSARÁN UN POSGRADO DUAL' },
      body: [
        'El Instituto Politécnico Nacional (IPN) y el Instituto de Minería y Tecnología de Nuevo México acordaron trabajar en un posgrado dual.',
        'La firma se realizó en la Sala de Ex Directores del IPN, con la presencia de académicos de ambas instituciones.',
      ],
      warnings: [],
    });
    expect('content' in read && read.content.summary).toEqual([
      'Firmaron una carta de intención para áreas STEM',
      'La colaboración iniciará en el ciclo 2016-2017',
    ]);
  });

  it('seed 002: the title in capitals over two lines before a dateline with a range of days and the place after the year', async () => {
    const read = await readAs('seed-002.txt', readFileSync(join(fixtures, 'seed-002-es.txt')));
    expect(read).toMatchObject({
      number: null,
      content: {
        series: 'nota-informativa',
        place: 'Ciudad de México',
        date: '2018-05-22',
        title: 'REUNIÓN DEL GRUPO TÉCNICO DE EDUCACIÓN DE LA ALIANZA DEL PACÍFICO',
      },
      warnings: ['noNumber', 'noClosingMark'],
    });
    expect('content' in read && read.content.summary).toHaveLength(2);
    // *Emphasis* typed with asterisks is the words alone.
    expect('content' in read && read.content.summary[1]).toContain('la XXVII Reunión del Grupo Técnico de Educación (GTE), que');
    expect('body' in read && read.body[0]).toMatch(/^Durante el mandato de Colombia/);
    // The body's dash lists keep one item a paragraph.
    expect('body' in read && read.body.filter((paragraph) => paragraph.startsWith('- '))).toHaveLength(5);
  });

  it('a Word file: paragraphs as Word keeps them, bullets, a closing mark', async () => {
    const lines = [
      'Comunicado No. 12',
      'Zacatenco, lunes 6 de marzo de 2017',
      'INAUGURA EL IPN',
      'SU CENTRO DE DATOS',
      '• Con 400 servidores • Abierto a la comunidad',
      'El centro abrió hoy.',
      'Atenderá a 190 mil estudiantes.',
      '===000===',
    ];
    const doc = new Document({
      sections: [
        {
          children: lines.flatMap((line, index) =>
            index === 3 ? [new Paragraph({ children: [new TextRun(line)] })] : [new Paragraph(''), new Paragraph({ children: [new TextRun(line)] })],
          ),
        },
      ],
    });
    const read = await readAs('c12.docx', new Uint8Array(await Packer.toBuffer(doc)));
    expect(read).toMatchObject({
      number: 12,
      content: {
        place: 'Zacatenco',
        date: '2017-03-06',
        title: 'INAUGURA EL IPN SU CENTRO DE DATOS',
        summary: ['Con 400 servidores', 'Abierto a la comunidad'],
      },
      body: ['El centro abrió hoy.', 'Atenderá a 190 mil estudiantes.'],
      warnings: [],
    });
  });

  it('a PDF: lines hard-wrapped by the page joined, the letterhead repeated on each page dropped, a paragraph cut by the page break joined', async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const pages = [
      [
        'Instituto Politecnico Nacional',
        'Coordinacion de Comunicacion Social',
        '',
        'Press Release 031',
        'Mexico City, April 05, 2016',
        '',
        'IPN SIGNS AGREEMENT',
        '',
        '- Students will travel to New Mexico',
        '',
        'The National Polytechnic Institute signed',
        'an agreement with New Mexico Tech. The',
        'programme starts next',
      ],
      [
        'Instituto Politecnico Nacional',
        'Coordinacion de Comunicacion Social',
        '',
        'year and will be open to all.',
        '',
        'Applications open in May.',
        '',
        '-0-',
      ],
    ];
    for (const lines of pages) {
      const page = pdf.addPage([612, 792]);
      for (const [index, line] of lines.entries()) page.drawText(line, { x: 72, y: 720 - index * 14, size: 11, font });
    }
    const read = await readAs('pr031.pdf', await pdf.save());
    expect(read).toMatchObject({
      number: 31,
      content: {
        series: 'comunicado',
        language: 'en',
        place: 'Mexico City',
        date: '2016-04-05',
        title: 'IPN SIGNS AGREEMENT',
        summary: ['Students will travel to New Mexico'],
      },
      body: [
        'The National Polytechnic Institute signed an agreement with New Mexico Tech. The programme starts next year and will be open to all.',
        'Applications open in May.',
      ],
      warnings: [],
    });
  });

  it('refuses a spreadsheet, an image and a Word file that would unpack to gigabytes, without unpacking it', async () => {
    const sheet = zipSync({ 'xl/workbook.xml': new TextEncoder().encode('<workbook/>') });
    expect(await readImportFile('cuentas.xlsx', sheet)).toEqual({ format: null, refused: 'unsupported' });
    expect(await readImportFile('foto.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2]))).toEqual({ format: null, refused: 'unsupported' });
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(80 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await readImportFile('bomba.docx', bomb)).toEqual({ format: 'docx', refused: 'tooLarge' });
  });
});
