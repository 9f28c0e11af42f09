/** The strip of a note's attachments (thumbnails, add, open, remove) (JavaFX). */
package org.fieldbook.attachment.ui;
