"""blocks/resource_offer.j2, compiled by Jinja (scripts/compile_templates.py: do not edit)."""

# ruff: noqa
# fmt: off
# mypy: ignore-errors

SOURCE = 'c40dfb45dc2518aedea606da8b8c7cf6'
JINJA = '3.1.6'
MACROS = (('link_1', ('c', 'o')), ('link_2', ('c', 'o')), ('link_3', ('c', 'o')), ('send_1', ('c', 'o')), ('send_2', ('c', 'o')), ('send_3', ('c', 'o')), ('introduction_1', ('c', 'o')), ('introduction_2', ('c', 'o')), ('introduction_3', ('c', 'o')), ('given_1', ('c', 'o')), ('given_2', ('c', 'o')), ('given_3', ('c', 'o')), ('promised_1', ('c', 'o')), ('promised_2', ('c', 'o')), ('promised_3', ('c', 'o')), ('introduced_1', ('c', 'o')), ('introduced_2', ('c', 'o')), ('introduced_3', ('c', 'o')))


def namespace(environment):
    from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
    name = 'blocks/resource_offer.j2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_link_1 = l_0_link_2 = l_0_link_3 = l_0_send_1 = l_0_send_2 = l_0_send_3 = l_0_introduction_1 = l_0_introduction_2 = l_0_introduction_3 = l_0_given_1 = l_0_given_2 = l_0_given_3 = l_0_promised_1 = l_0_promised_2 = l_0_promised_3 = l_0_introduced_1 = l_0_introduced_2 = l_0_introduced_3 = missing
        pass
        def macro(l_1_c, l_1_o):
            t_1 = []
            l_1_gettext = resolve('gettext')
            l_1_topic = missing
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_o is missing:
                l_1_o = undefined("parameter 'o' was not provided", name='o')
            pass
            l_1_topic = (environment.getattr(l_1_o, 'topic') or environment.getattr(l_1_c, 'topic'))
            if (undefined(name='topic') if l_1_topic is missing else l_1_topic):
                pass
                t_1.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Since we talked about %(topic)s, here is %(title)s (%(url)s), in case it is useful.', topic=(undefined(name='topic') if l_1_topic is missing else l_1_topic), title=environment.getattr(l_1_o, 'title'), url=environment.getattr(l_1_o, 'url'))),
                )
            else:
                pass
                t_1.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Here is %(title)s (%(url)s), in case it is useful.', title=environment.getattr(l_1_o, 'title'), url=environment.getattr(l_1_o, 'url'))),
                )
            return concat(t_1)
        context.exported_vars.add('link_1')
        context.vars['link_1'] = l_0_link_1 = Macro(environment, macro, 'link_1', ('c', 'o'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c, l_1_o):
            t_2 = []
            l_1_gettext = resolve('gettext')
            l_1_topic = missing
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_o is missing:
                l_1_o = undefined("parameter 'o' was not provided", name='o')
            pass
            l_1_topic = (environment.getattr(l_1_o, 'topic') or environment.getattr(l_1_c, 'topic'))
            if (undefined(name='topic') if l_1_topic is missing else l_1_topic):
                pass
                t_2.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('You mentioned %(topic)s, so I wanted to pass along %(title)s (%(url)s).', topic=(undefined(name='topic') if l_1_topic is missing else l_1_topic), title=environment.getattr(l_1_o, 'title'), url=environment.getattr(l_1_o, 'url'))),
                )
            else:
                pass
                t_2.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I wanted to pass along %(title)s (%(url)s), which you may find useful.', title=environment.getattr(l_1_o, 'title'), url=environment.getattr(l_1_o, 'url'))),
                )
            return concat(t_2)
        context.exported_vars.add('link_2')
        context.vars['link_2'] = l_0_link_2 = Macro(environment, macro, 'link_2', ('c', 'o'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c, l_1_o):
            t_3 = []
            l_1_gettext = resolve('gettext')
            l_1_topic = missing
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_o is missing:
                l_1_o = undefined("parameter 'o' was not provided", name='o')
            pass
            l_1_topic = (environment.getattr(l_1_o, 'topic') or environment.getattr(l_1_c, 'topic'))
            if (undefined(name='topic') if l_1_topic is missing else l_1_topic):
                pass
                t_3.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("In case it is useful for %(topic)s, I'm sharing %(title)s (%(url)s).", topic=(undefined(name='topic') if l_1_topic is missing else l_1_topic), title=environment.getattr(l_1_o, 'title'), url=environment.getattr(l_1_o, 'url'))),
                )
            else:
                pass
                t_3.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("In case it helps, I'm sharing %(title)s (%(url)s).", title=environment.getattr(l_1_o, 'title'), url=environment.getattr(l_1_o, 'url'))),
                )
            return concat(t_3)
        context.exported_vars.add('link_3')
        context.vars['link_3'] = l_0_link_3 = Macro(environment, macro, 'link_3', ('c', 'o'), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c, l_1_o):
            t_4 = []
            l_1_gettext = resolve('gettext')
            l_1_topic = missing
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_o is missing:
                l_1_o = undefined("parameter 'o' was not provided", name='o')
            pass
            l_1_topic = (environment.getattr(l_1_o, 'topic') or environment.getattr(l_1_c, 'topic'))
            if (undefined(name='topic') if l_1_topic is missing else l_1_topic):
                pass
                t_4.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Since we talked about %(topic)s, I would be happy to send you %(title)s if it would be useful.', topic=(undefined(name='topic') if l_1_topic is missing else l_1_topic), title=environment.getattr(l_1_o, 'title'))),
                )
            else:
                pass
                t_4.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I would be happy to send you %(title)s if it would be useful.', title=environment.getattr(l_1_o, 'title'))),
                )
            return concat(t_4)
        context.exported_vars.add('send_1')
        context.vars['send_1'] = l_0_send_1 = Macro(environment, macro, 'send_1', ('c', 'o'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c, l_1_o):
            t_5 = []
            l_1_gettext = resolve('gettext')
            l_1_topic = missing
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_o is missing:
                l_1_o = undefined("parameter 'o' was not provided", name='o')
            pass
            l_1_topic = (environment.getattr(l_1_o, 'topic') or environment.getattr(l_1_c, 'topic'))
            if (undefined(name='topic') if l_1_topic is missing else l_1_topic):
                pass
                t_5.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("If it would help with %(topic)s, I'd gladly share %(title)s.", topic=(undefined(name='topic') if l_1_topic is missing else l_1_topic), title=environment.getattr(l_1_o, 'title'))),
                )
            else:
                pass
                t_5.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("If it would help, I'd gladly share %(title)s.", title=environment.getattr(l_1_o, 'title'))),
                )
            return concat(t_5)
        context.exported_vars.add('send_2')
        context.vars['send_2'] = l_0_send_2 = Macro(environment, macro, 'send_2', ('c', 'o'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c, l_1_o):
            t_6 = []
            l_1_gettext = resolve('gettext')
            l_1_topic = missing
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_o is missing:
                l_1_o = undefined("parameter 'o' was not provided", name='o')
            pass
            l_1_topic = (environment.getattr(l_1_o, 'topic') or environment.getattr(l_1_c, 'topic'))
            if (undefined(name='topic') if l_1_topic is missing else l_1_topic):
                pass
                t_6.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I'd be glad to pass along %(title)s, in case it's helpful for %(topic)s.", topic=(undefined(name='topic') if l_1_topic is missing else l_1_topic), title=environment.getattr(l_1_o, 'title'))),
                )
            else:
                pass
                t_6.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I'd be glad to pass along %(title)s, in case it's helpful.", title=environment.getattr(l_1_o, 'title'))),
                )
            return concat(t_6)
        context.exported_vars.add('send_3')
        context.vars['send_3'] = l_0_send_3 = Macro(environment, macro, 'send_3', ('c', 'o'), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c, l_1_o):
            t_7 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_o is missing:
                l_1_o = undefined("parameter 'o' was not provided", name='o')
            pass
            if environment.getattr(l_1_o, 'about'):
                pass
                t_7.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("If it would be useful, I'd be glad to introduce you to %(person)s — %(about)s.", person=environment.getattr(l_1_o, 'person'), about=environment.getattr(l_1_o, 'about'))),
                )
            else:
                pass
                t_7.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("If it would be useful, I'd be glad to introduce you to %(person)s.", person=environment.getattr(l_1_o, 'person'))),
                )
            return concat(t_7)
        context.exported_vars.add('introduction_1')
        context.vars['introduction_1'] = l_0_introduction_1 = Macro(environment, macro, 'introduction_1', ('c', 'o'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c, l_1_o):
            t_8 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_o is missing:
                l_1_o = undefined("parameter 'o' was not provided", name='o')
            pass
            if environment.getattr(l_1_o, 'about'):
                pass
                t_8.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I'd be happy to connect you with %(person)s, since %(about)s.", person=environment.getattr(l_1_o, 'person'), about=environment.getattr(l_1_o, 'about'))),
                )
            else:
                pass
                t_8.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I'd be happy to connect you with %(person)s if that would help.", person=environment.getattr(l_1_o, 'person'))),
                )
            return concat(t_8)
        context.exported_vars.add('introduction_2')
        context.vars['introduction_2'] = l_0_introduction_2 = Macro(environment, macro, 'introduction_2', ('c', 'o'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c, l_1_o):
            t_9 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_o is missing:
                l_1_o = undefined("parameter 'o' was not provided", name='o')
            pass
            if environment.getattr(l_1_o, 'about'):
                pass
                t_9.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("If it would help, I'd be glad to put you in touch with %(person)s; %(about)s.", person=environment.getattr(l_1_o, 'person'), about=environment.getattr(l_1_o, 'about'))),
                )
            else:
                pass
                t_9.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("If it would help, I'd be glad to put you in touch with %(person)s.", person=environment.getattr(l_1_o, 'person'))),
                )
            return concat(t_9)
        context.exported_vars.add('introduction_3')
        context.vars['introduction_3'] = l_0_introduction_3 = Macro(environment, macro, 'introduction_3', ('c', 'o'), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c, l_1_o):
            t_10 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_o is missing:
                l_1_o = undefined("parameter 'o' was not provided", name='o')
            pass
            t_10.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('As promised, here is %(title)s (%(url)s).', title=environment.getattr(l_1_o, 'title'), url=environment.getattr(l_1_o, 'url'))),
            )
            return concat(t_10)
        context.exported_vars.add('given_1')
        context.vars['given_1'] = l_0_given_1 = Macro(environment, macro, 'given_1', ('c', 'o'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c, l_1_o):
            t_11 = []
            l_1_gettext = resolve('gettext')
            l_1_topic = missing
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_o is missing:
                l_1_o = undefined("parameter 'o' was not provided", name='o')
            pass
            l_1_topic = (environment.getattr(l_1_o, 'topic') or environment.getattr(l_1_c, 'topic'))
            if (undefined(name='topic') if l_1_topic is missing else l_1_topic):
                pass
                t_11.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('As promised when we talked about %(topic)s, here is %(title)s (%(url)s).', topic=(undefined(name='topic') if l_1_topic is missing else l_1_topic), title=environment.getattr(l_1_o, 'title'), url=environment.getattr(l_1_o, 'url'))),
                )
            else:
                pass
                t_11.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('As I mentioned, here is %(title)s (%(url)s).', title=environment.getattr(l_1_o, 'title'), url=environment.getattr(l_1_o, 'url'))),
                )
            return concat(t_11)
        context.exported_vars.add('given_2')
        context.vars['given_2'] = l_0_given_2 = Macro(environment, macro, 'given_2', ('c', 'o'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c, l_1_o):
            t_12 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_o is missing:
                l_1_o = undefined("parameter 'o' was not provided", name='o')
            pass
            t_12.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Here, as promised, is %(title)s (%(url)s); I hope it proves useful.', title=environment.getattr(l_1_o, 'title'), url=environment.getattr(l_1_o, 'url'))),
            )
            return concat(t_12)
        context.exported_vars.add('given_3')
        context.vars['given_3'] = l_0_given_3 = Macro(environment, macro, 'given_3', ('c', 'o'), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c, l_1_o):
            t_13 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_o is missing:
                l_1_o = undefined("parameter 'o' was not provided", name='o')
            pass
            t_13.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("As promised, I'm sending you %(title)s in a separate e-mail.", title=environment.getattr(l_1_o, 'title'))),
            )
            return concat(t_13)
        context.exported_vars.add('promised_1')
        context.vars['promised_1'] = l_0_promised_1 = Macro(environment, macro, 'promised_1', ('c', 'o'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c, l_1_o):
            t_14 = []
            l_1_gettext = resolve('gettext')
            l_1_topic = missing
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_o is missing:
                l_1_o = undefined("parameter 'o' was not provided", name='o')
            pass
            l_1_topic = (environment.getattr(l_1_o, 'topic') or environment.getattr(l_1_c, 'topic'))
            if (undefined(name='topic') if l_1_topic is missing else l_1_topic):
                pass
                t_14.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('As I said when we talked about %(topic)s, %(title)s is on its way to you.', topic=(undefined(name='topic') if l_1_topic is missing else l_1_topic), title=environment.getattr(l_1_o, 'title'))),
                )
            else:
                pass
                t_14.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('As I mentioned, %(title)s is on its way to you.', title=environment.getattr(l_1_o, 'title'))),
                )
            return concat(t_14)
        context.exported_vars.add('promised_2')
        context.vars['promised_2'] = l_0_promised_2 = Macro(environment, macro, 'promised_2', ('c', 'o'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c, l_1_o):
            t_15 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_o is missing:
                l_1_o = undefined("parameter 'o' was not provided", name='o')
            pass
            t_15.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I haven't forgotten %(title)s: you'll have it from me this week.", title=environment.getattr(l_1_o, 'title'))),
            )
            return concat(t_15)
        context.exported_vars.add('promised_3')
        context.vars['promised_3'] = l_0_promised_3 = Macro(environment, macro, 'promised_3', ('c', 'o'), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c, l_1_o):
            t_16 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_o is missing:
                l_1_o = undefined("parameter 'o' was not provided", name='o')
            pass
            if environment.getattr(l_1_o, 'about'):
                pass
                t_16.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("As promised, I'll introduce you to %(person)s by e-mail this week — %(about)s.", person=environment.getattr(l_1_o, 'person'), about=environment.getattr(l_1_o, 'about'))),
                )
            else:
                pass
                t_16.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("As promised, I'll introduce you to %(person)s by e-mail this week.", person=environment.getattr(l_1_o, 'person'))),
                )
            return concat(t_16)
        context.exported_vars.add('introduced_1')
        context.vars['introduced_1'] = l_0_introduced_1 = Macro(environment, macro, 'introduced_1', ('c', 'o'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c, l_1_o):
            t_17 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_o is missing:
                l_1_o = undefined("parameter 'o' was not provided", name='o')
            pass
            if environment.getattr(l_1_o, 'about'):
                pass
                t_17.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I haven't forgotten the introduction to %(person)s; you'll see an e-mail from me shortly, since %(about)s.", person=environment.getattr(l_1_o, 'person'), about=environment.getattr(l_1_o, 'about'))),
                )
            else:
                pass
                t_17.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I haven't forgotten the introduction to %(person)s; you'll see an e-mail from me shortly.", person=environment.getattr(l_1_o, 'person'))),
                )
            return concat(t_17)
        context.exported_vars.add('introduced_2')
        context.vars['introduced_2'] = l_0_introduced_2 = Macro(environment, macro, 'introduced_2', ('c', 'o'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c, l_1_o):
            t_18 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_o is missing:
                l_1_o = undefined("parameter 'o' was not provided", name='o')
            pass
            if environment.getattr(l_1_o, 'about'):
                pass
                t_18.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('The introduction to %(person)s that I promised is on its way: %(about)s.', person=environment.getattr(l_1_o, 'person'), about=environment.getattr(l_1_o, 'about'))),
                )
            else:
                pass
                t_18.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('The introduction to %(person)s that I promised is on its way.', person=environment.getattr(l_1_o, 'person'))),
                )
            return concat(t_18)
        context.exported_vars.add('introduced_3')
        context.vars['introduced_3'] = l_0_introduced_3 = Macro(environment, macro, 'introduced_3', ('c', 'o'), False, False, False, context.eval_ctx.autoescape)

    blocks = {}
    debug_info = '2=12&3=35&4=58&6=82&7=105&8=128&10=152&11=173&12=194&14=216&15=230&16=253&18=268&19=282&20=305&22=320&23=341&24=362'
    return locals()
